// What a bundle pays with the standalone functions: createCoreClient and the one function it calls.
import { createCoreClient, getFileUploadSessionById } from "../dist/index.js";

export const session = getFileUploadSessionById(createCoreClient({ token: "t" }), "id");
