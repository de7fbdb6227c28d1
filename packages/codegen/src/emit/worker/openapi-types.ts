/**
 * openapi-typescript's part of the types package: the document's `paths`, `components` and
 * `operations` as TypeScript source. It runs in the types worker when the generator runs
 * compiled (see in-worker.ts): TypeScript alone is 9 of the bundle's 13 MB.
 *
 * openapi-typescript's transform is called directly, with the context its `openapiTS` entry
 * would make from the options below: that entry first lints and bundles the document with
 * redocly again (0.5 s of Box's spec), which the loader has done already (loadSpec bundles it,
 * the model checks it). The same bytes either way, on every spec of the corpus and fixtures.
 */
import { createConfig } from "@redocly/openapi-core";
import {
  astToString,
  resolveRef,
  scanDiscriminators,
  transformSchema,
  type GlobalContext,
  type OpenAPI3,
} from "openapi-typescript";
import ts from "typescript";
import type { OpenApiDocument } from "../../load/load-spec.js";

const BLOB = ts.factory.createTypeReferenceNode("Blob");

/** `markers`: whether the document marks properties read- or write-only (see typesDocument). */
export async function openapiTypes(document: OpenApiDocument, markers: boolean): Promise<string> {
  const schema = document as unknown as OpenAPI3;
  const ctx: GlobalContext = {
    // openapi-typescript's defaults, but for the four options below.
    additionalProperties: false,
    alphabetize: false,
    arrayLength: false,
    // A property with a `default` may be left out of a request (the server fills it in);
    // openapi-typescript by default types it as required, which refuses valid requests.
    defaultNonNullable: false,
    discriminators: scanDiscriminators(schema, {}),
    // `type: object` without properties allows any properties (JSON Schema); openapi-typescript
    // by default types it `Record<string, never>`, which refuses them all (and, as an `allOf`
    // member that only lists `required`, every request: DigitalOcean's reserved-IP actions).
    emptyObjectsUnknown: true,
    enum: false,
    enumValues: false,
    conditionalEnums: false,
    dedupeEnums: false,
    excludeDeprecated: false,
    exportType: false,
    immutable: false,
    rootTypes: false,
    rootTypesNoSchemaPrefix: false,
    rootTypesKeepCasing: false,
    injectFooter: [],
    pathParamsAsTypes: false,
    postTransform: undefined,
    propertiesRequiredByDefault: false,
    // The transform never reads it; the context's type wants one.
    redoc: await noLintConfig(),
    silent: true,
    inject: undefined,
    // Raw bytes (`type: string, format: binary`) are a Blob in TypeScript, not a string: what
    // openapi-typescript's docs suggest, and what the client's binary bodies accept.
    // Inside a JSON media type's own schema there are no raw bytes: JSON carries text, and
    // `format: binary` there describes a string (readme's schema-types.yaml).
    transform(node, options) {
      if ((node as { format?: unknown }).format !== "binary") return undefined;
      return inJsonContent(options.path) ? undefined : BLOB;
    },
    transformProperty: undefined,
    makePathsEnum: false,
    generatePathParams: false,
    // A readOnly property is left out of request bodies and a writeOnly one out of responses
    // (`Writable<…>` / `Readable<…>` in the aliases). Only for specs that have them: the others
    // keep openapi-typescript's plain output.
    readWriteMarkers: markers,
    resolve($ref) {
      return resolveRef(schema, $ref, { silent: true });
    },
  };
  return astToString(transformSchema(schema, ctx));
}

let noLintConfigs: ReturnType<typeof createConfig> | undefined;
/** A redocly config without rules, made once per process (watch mode emits on every save). */
function noLintConfig(): ReturnType<typeof createConfig> {
  noLintConfigs ??= createConfig({ rules: {} }, { extends: [] });
  return noLintConfigs;
}

/** Whether a schema's pointer lies inside a JSON media type (`…/content/application~1json/…`). */
function inJsonContent(pointer: string | undefined): boolean {
  const media = /\/content\/([^/]+)(?:\/|$)/.exec(pointer ?? "")?.[1];
  return media !== undefined && /json/i.test(media.replace(/~1/g, "/"));
}
