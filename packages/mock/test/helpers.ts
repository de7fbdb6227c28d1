import { fileURLToPath } from "node:url";

/** The codegen's fixture specs, which the mock is checked against too. */
export const FIXTURES = fileURLToPath(new URL("../../codegen/test/fixtures/", import.meta.url));
