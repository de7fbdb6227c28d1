// The bundle of a program that uploads a big file: the client plus the ./upload entry.
import { createClient } from "../dist/index.js";
import { uploadFile } from "../dist/upload.js";

export const file = uploadFile(createClient({ token: "t" }), new Uint8Array(1), {
  folderId: "0",
  fileName: "a",
});
