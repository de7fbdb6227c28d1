// The baseline: openapi-fetch alone, making the same call.
import createClient from "openapi-fetch";

export const session = createClient({ baseUrl: "https://upload.box.com/api/2.0" }).GET(
  "/files/upload_sessions/{upload_session_id}",
  { params: { path: { upload_session_id: "id" } } },
);
