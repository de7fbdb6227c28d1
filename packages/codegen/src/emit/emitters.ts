import type { Emitter } from "./generated-file.js";
import { clientEmitter } from "./client-package.js";
import { docsEmitter } from "./docs-site.js";
import { mockEmitter } from "./mock-package.js";
import { snippetsEmitter } from "./snippets-package.js";
import { typesEmitter } from "./types-package.js";

/** Every output of `pnpm generate`, one emitter per package. */
export const EMITTERS: readonly Emitter[] = [
  typesEmitter,
  clientEmitter,
  snippetsEmitter,
  docsEmitter,
  mockEmitter,
];
