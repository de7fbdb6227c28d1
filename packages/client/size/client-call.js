// What a downstream bundle pays: import createClient and call the method.
import { createClient } from "../dist/index.js";

export const session = createClient({ token: "t" }).chunkedUploads.getFileUploadSessionById("id");
