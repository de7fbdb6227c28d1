/**
 * Builds the operation model from a loaded spec. Each OpenAPI object or concern is a module of
 * its own under `build/`, called with one shared {@link BuildContext}: operations (and their
 * parameters, bodies, servers, security), names, extensions and whole-document checks. The
 * order of the calls below is the order problems are reported in.
 */
import { checkSchemaTypes } from "../load/check-schema-types.js";
import type { LoadedSpec } from "../load/load-spec.js";
import { SpecErrors } from "../load/spec-error.js";
import type { ApiModel } from "./api-model.js";
import { checkSelfRequiring } from "./build/checks.js";
import { errorShape } from "./build/errors.js";
import { asObject, createContext } from "./build/context.js";
import { TOKEN_ENV_EXTENSION, tokenEnvironmentVariable } from "./build/extensions.js";
import { checkNames, resources, schemas } from "./build/names.js";
import { operations } from "./build/operations.js";
import { securitySchemes } from "./build/security.js";
import { allowedHosts } from "./build/servers.js";

/**
 * Builds the operation model, checking on the way everything the generators rely on. All
 * problems found are thrown together as {@link SpecErrors}; warnings are in the model.
 */
export function buildModel(spec: LoadedSpec): ApiModel {
  const ctx = createContext(spec);
  ctx.errors.push(
    ...spec.problems,
    ...checkSchemaTypes(spec, (warning) => ctx.warnings.push(warning)),
  );
  const info = asObject(ctx.doc.info);
  const operationModels = operations(ctx);
  const schemaModels = schemas(ctx);
  checkNames(ctx, operationModels, schemaModels);
  checkSelfRequiring(ctx);
  const model: ApiModel = {
    specFile: spec.file,
    title: String(info.title ?? "API"),
    version: String(info.version ?? "0.0.0"),
    openapiVersion: spec.openapiVersion,
    document: ctx.doc,
    operations: operationModels,
    schemas: schemaModels,
    resources: resources(ctx, operationModels),
    securitySchemes: securitySchemes(ctx),
    allowedHosts: allowedHosts(ctx, operationModels),
    tokenEnvironmentVariable: tokenEnvironmentVariable(ctx),
    tokenEnvironmentVariableDeclared: ctx.doc[TOKEN_ENV_EXTENSION] !== undefined,
    errorShape: errorShape(ctx, operationModels),
    warnings: [],
  };
  model.warnings = ctx.warnings.map((warning) => warning.format());
  if (ctx.errors.length > 0)
    throw ctx.errors.length === 1 ? ctx.errors[0]! : new SpecErrors(ctx.errors);
  return model;
}
