// The opt-in raw client: openapi-fetch's typed client over the same transport.
import { createRawClient } from "../dist/index.js";

export const session = createRawClient({ token: "t" }).GET(
  "/files/upload_sessions/{upload_session_id}",
  {
    params: { path: { upload_session_id: "id" } },
  },
);
