/** The codegen's programmatic API: what the CLI, the scripts and the tests use. */
export { loadSpec, type LoadedSpec, type OpenApiDocument } from "./spec/load-spec.js";
export { SpecError, SpecErrors, formatLocation, type SpecLocation } from "./spec/spec-error.js";
export { buildModel } from "./model/build-model.js";
export type * from "./model/api-model.js";
export { EMITTERS } from "./emit/emitters.js";
export type { Emitter, GeneratedFile } from "./emit/generated-file.js";
export { generate, type GenerateOptions, type GenerateResult } from "./pipeline/generate.js";
export { applyPlan, planOutput, type OutputPlan } from "./pipeline/output-plan.js";
