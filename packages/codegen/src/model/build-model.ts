import { checkSchemaTypes } from "../load/check-schema-types.js";
import { isObject, parsePointer, pointerTo, resolvePointer } from "../load/json-pointer.js";
import type { LoadedSpec, OpenApiDocument } from "../load/load-spec.js";
import { SpecError, SpecErrors, type SpecLocation } from "../load/spec-error.js";
import {
  EXAMPLE_ORIGIN,
  type ApiModel,
  type FormFieldModel,
  type HttpMethod,
  type MediaTypeModel,
  type OperationModel,
  type ParameterLocation,
  type ParameterModel,
  type ParameterObject,
  type ParameterStyle,
  type ParameterValue,
  type RequestBodyModel,
  type ResourceModel,
  type ResponseModel,
  type SchemaModel,
  type SecurityRequirementModel,
  type SecuritySchemeModel,
  type Serialization,
  type ServerModel,
} from "./api-model.js";
import { argumentName, camelCase, pascalCase, typeIdentifier, words } from "./naming.js";
import { claimName, operationTypeNames, typesPackageNames } from "./reserved-names.js";
import { patternExample, sampleQuietly } from "./sample.js";
import { templateVariables } from "./path-template.js";

const METHODS: readonly HttpMethod[] = [
  "get",
  "put",
  "post",
  "delete",
  "options",
  "head",
  "patch",
  "trace",
];
const PARAMETER_LOCATIONS: readonly ParameterLocation[] = ["path", "query", "header", "cookie"];
const RESERVED_HEADERS = new Set(["accept", "content-type", "authorization"]);
const RESERVED_HEADER_SOURCES =
  "the responses' media types set Accept, the request body's sets Content-Type and the security schemes set Authorization";
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Box's grouping extension: the SDK namespace an operation lives in. */
export const RESOURCE_EXTENSION = "x-box-tag";
/** The SDK method name, when the spec wants one other than the operationId. */
export const METHOD_NAME_EXTENSION = "x-sdk-method-name";
/** The environment variable examples read the access token from. */
export const TOKEN_ENV_EXTENSION = "x-sdk-token-env";
/** Extra hosts (or `*.suffix` patterns) a client may send credentials to. */
export const ALLOWED_HOSTS_EXTENSION = "x-sdk-allowed-hosts";

type Json = Record<string, unknown>;

/**
 * Builds the operation model from a loaded spec, checking on the way everything the
 * generators rely on. All problems found are thrown together as {@link SpecErrors}.
 */
export function buildModel(spec: LoadedSpec): ApiModel {
  const builder = new ModelBuilder(spec);
  const model = builder.build();
  if (builder.errors.length > 0) {
    throw builder.errors.length === 1 ? builder.errors[0]! : new SpecErrors(builder.errors);
  }
  return model;
}

class ModelBuilder {
  readonly errors: SpecError[] = [];
  readonly warnings: SpecError[] = [];
  private readonly doc: OpenApiDocument;

  constructor(private readonly spec: LoadedSpec) {
    this.doc = spec.document;
  }

  build(): ApiModel {
    this.errors.push(
      ...this.spec.problems,
      ...checkSchemaTypes(this.spec, (warning) => this.warnings.push(warning)),
    );
    const info = asObject(this.doc.info);
    const operations = this.operations();
    const schemas = this.schemas();
    this.checkNames(operations, schemas);
    this.checkSelfRequiring();
    return {
      specFile: this.spec.file,
      title: String(info.title ?? "API"),
      version: String(info.version ?? "0.0.0"),
      openapiVersion: this.spec.openapiVersion,
      document: this.doc,
      operations,
      schemas,
      resources: this.resources(operations),
      securitySchemes: this.securitySchemes(),
      allowedHosts: this.allowedHosts(operations),
      tokenEnvironmentVariable: this.tokenEnvironmentVariable(),
      warnings: this.warnings.map((warning) => warning.format()),
    };
  }

  private at(pointer: string): SpecLocation {
    return this.spec.locate(pointer);
  }

  private fail(message: string, pointer: string, related: string[] = []): void {
    this.errors.push(
      new SpecError(message, this.at(pointer), { related: related.map((p) => this.at(p)) }),
    );
  }

  /**
   * A component schema that requires, through required properties only, a value of itself
   * (a Node whose `parent` is a required Node) has no finite instance: no example, request or
   * response can satisfy it. The spec's fault, said with its location; generation goes on.
   */
  private checkSelfRequiring(): void {
    const schemas = asObject(asObject(this.doc.components).schemas);
    for (const name of Object.keys(schemas)) {
      const target = `#/components/schemas/${name.replace(/~/g, "~0").replace(/\//g, "~1")}`;
      const chain = this.requiredPathTo(target, schemas[name], new Set(), 0);
      if (chain)
        this.warnings.push(
          new SpecError(
            `every ${name} requires ${chain.join(".")}, itself a ${name}: no finite value satisfies the schema`,
            this.at(target),
          ),
        );
    }
  }

  /** The required properties that lead from `schema` back to `target`, if only they do. */
  private requiredPathTo(
    target: string,
    schema: unknown,
    seen: Set<string>,
    depth: number,
  ): string[] | undefined {
    if (depth > 16) return undefined;
    const ref = isObject(schema) && typeof schema.$ref === "string" ? schema.$ref : undefined;
    if (ref !== undefined && depth > 0) {
      if (ref === target) return [];
      if (seen.has(ref)) return undefined;
      seen.add(ref);
    }
    const node = this.deref(schema);
    const types = Array.isArray(node.type) ? node.type : [node.type];
    // A way out: null, an alternative, or an array (which may be empty).
    if (node.nullable === true || types.includes("null") || node.oneOf || node.anyOf)
      return undefined;
    if (types.includes("array")) return undefined;
    for (const member of Array.isArray(node.allOf) ? node.allOf : []) {
      const found = this.requiredPathTo(target, member, seen, depth + 1);
      if (found) return found;
    }
    const properties = asObject(node.properties);
    for (const property of Array.isArray(node.required) ? node.required : []) {
      if (typeof property !== "string" || !(property in properties)) continue;
      const found = this.requiredPathTo(target, properties[property], seen, depth + 1);
      if (found) return [property, ...found];
    }
    return undefined;
  }

  /** Follows a local `$ref` chain (bounded, so a ref cycle cannot hang us). */
  private deref(value: unknown): Json {
    let node = value;
    for (let hops = 0; hops < 32 && isObject(node) && typeof node.$ref === "string"; hops++) {
      node = resolvePointer(this.doc, node.$ref);
    }
    return asObject(node);
  }

  /**
   * A parameter's example of the schema's shape: a scalar as before (its example, default or
   * first enum value, else a stand-in of its type); a list or an object from its example when
   * that has the right shape, else synthesised from the schema by openapi-sampler.
   */
  private exampleValue(example: unknown, schema: Json, name: string): ParameterValue {
    const shape = this.shape(schema);
    if (shape === "primitive") return scalarExample(example, schema, name);
    const fits = shape === "array" ? Array.isArray(example) : isObject(example);
    if (fits) return example as ParameterValue;
    const sampled = sampleQuietly(schema, this.doc);
    if (shape === "array")
      return Array.isArray(sampled) && sampled.length > 0
        ? (sampled as ParameterValue[])
        : [scalarExample(undefined, this.deref(schema.items), name)];
    return isObject(sampled) ? (sampled as ParameterObject) : {};
  }

  /** What a schema says its values are: a list, an object or a single value. */
  private shape(schema: Json): Serialization["shape"] {
    const resolved = this.deref(schema);
    const types = Array.isArray(resolved.type) ? resolved.type : [resolved.type];
    if (types.includes("array") || resolved.items !== undefined) return "array";
    if (
      types.includes("object") ||
      resolved.properties !== undefined ||
      resolved.additionalProperties !== undefined
    )
      return "object";
    return "primitive";
  }

  private serialization(where: ParameterLocation, written: Json, schema: Json): Serialization {
    const fallback = where === "path" || where === "header" ? "simple" : "form";
    const style = STYLES.includes(written.style as ParameterStyle)
      ? (written.style as ParameterStyle)
      : fallback;
    const shape = this.shape(schema);
    const properties = Object.keys(asObject(this.deref(schema).properties));
    return {
      style,
      explode: typeof written.explode === "boolean" ? written.explode : style === "form",
      shape,
      ...(shape === "object" && properties.length > 0 && { propertyNames: properties }),
    };
  }

  private operations(): OperationModel[] {
    const paths = this.doc.paths;
    if (paths !== undefined && !isObject(paths)) {
      this.fail("`paths` must be a mapping of path templates to path items", "#/paths");
      return [];
    }
    const operations: OperationModel[] = [];
    const byOperationId = new Map<string, string>();
    for (const [path, rawItem] of Object.entries(paths ?? {})) {
      const itemPointer = pointerTo("#/paths", path);
      if (!path.startsWith("/"))
        this.fail(`path ${JSON.stringify(path)} must start with "/"`, itemPointer);
      const item = this.deref(rawItem);
      for (const method of Object.keys(item).filter((key): key is HttpMethod =>
        METHODS.includes(key as HttpMethod),
      )) {
        const pointer = pointerTo(itemPointer, method);
        const operation = this.operation(path, method, item, asObject(item[method]), pointer);
        if (!operation) continue;
        if (operation.operationId !== undefined) {
          const first = byOperationId.get(operation.operationId);
          if (first)
            this.fail(
              `duplicate operationId ${JSON.stringify(operation.operationId)}`,
              pointerTo(pointer, "operationId"),
              [pointerTo(first, "operationId")],
            );
          else byOperationId.set(operation.operationId, pointer);
        }
        operations.push(operation);
      }
    }
    return operations;
  }

  private operation(
    path: string,
    method: HttpMethod,
    item: Json,
    op: Json,
    pointer: string,
  ): OperationModel | undefined {
    const operationId =
      typeof op.operationId === "string" && op.operationId !== "" ? op.operationId : undefined;
    const parameters = this.parameters(item, op, pointer);
    this.checkPathParameters(path, parameters, pointer);
    const responses = this.responses(op, pointer);
    const methodName = this.methodName(op, operationId, method, path, pointer);
    const servers = this.servers(op.servers ?? item.servers ?? this.doc.servers);
    return {
      key: operationId ?? `${method.toUpperCase()} ${path}`,
      ...(operationId !== undefined && { operationId }),
      method,
      path,
      requestPath: path.replace(/#.*$/, ""),
      pointer,
      ...optionalString("summary", op.summary),
      ...optionalString("description", op.description),
      deprecated: op.deprecated === true,
      tags: Array.isArray(op.tags) ? op.tags.map(String) : [],
      resource: this.resourceName(op),
      methodName,
      typeName: pascalCase(methodName),
      ...(servers.some((server) => server.variables.length > 0) && {
        urlMethodName: urlMethodName(methodName),
      }),
      servers,
      parameters: parameters.map(({ model }) => model),
      // Each name once, even when the template uses it twice (`/a/{id}/b/{id}`): one value fills both.
      pathParameters: [...new Set(templateVariables(path))].flatMap((name) =>
        parameters
          .filter(({ model }) => model.in === "path" && model.name === name)
          .map(({ model }) => model),
      ),
      ...(method === "get" || method === "head"
        ? this.bodyLeftOut(op.requestBody, pointerTo(pointer, "requestBody"), method)
        : this.requestBody(op.requestBody)),
      responses,
      security:
        op.security !== undefined
          ? this.security(op.security, pointerTo(pointer, "security"))
          : this.security(this.doc.security, "#/security"),
    };
  }

  private parameters(
    item: Json,
    op: Json,
    opPointer: string,
  ): Array<{ model: ParameterModel; pointer: string }> {
    const merged = new Map<string, { model: ParameterModel; pointer: string }>();
    const collect = (list: unknown, pointer: string) => {
      if (list === undefined) return;
      if (!Array.isArray(list)) return this.fail("`parameters` must be a list", pointer);
      list.forEach((raw, index) => {
        const at = pointerTo(pointer, index);
        const parameter = this.deref(raw);
        const where = parameter.in as ParameterLocation;
        if (typeof parameter.name !== "string" || !PARAMETER_LOCATIONS.includes(where)) {
          this.fail("a parameter needs a `name` and an `in` of path, query, header or cookie", at);
          return;
        }
        // OpenAPI: a header parameter named Accept, Content-Type or Authorization "SHALL be
        // ignored"; the media types and security schemes say what those headers carry.
        if (where === "header" && RESERVED_HEADERS.has(parameter.name.toLowerCase())) {
          this.warnings.push(
            new SpecError(
              `header parameter ${parameter.name} is ignored, as OpenAPI says: ${RESERVED_HEADER_SOURCES}`,
              this.at(at),
            ),
          );
          return;
        }
        const schema = this.deref(parameter.schema);
        const firstExample = Object.values(asObject(parameter.examples))[0];
        const example =
          parameter.example ??
          (isObject(firstExample) ? this.deref(firstExample).value : undefined) ??
          schema.example ??
          (Array.isArray(schema.examples) ? schema.examples[0] : undefined);
        merged.set(`${where}:${parameter.name}`, {
          pointer: at,
          model: {
            name: parameter.name,
            argumentName: argumentName(parameter.name),
            in: where,
            required: parameter.required === true,
            ...optionalString("description", parameter.description),
            deprecated: parameter.deprecated === true,
            schema,
            ...(example !== undefined && { example }),
            exampleValue: this.exampleValue(example, schema, parameter.name),
            serialization: this.serialization(where, parameter, schema),
          },
        });
      });
    };
    // Operation parameters override path-item ones with the same name and location.
    collect(
      item.parameters,
      pointerTo(opPointer.slice(0, opPointer.lastIndexOf("/")), "parameters"),
    );
    collect(op.parameters, pointerTo(opPointer, "parameters"));
    return [...merged.values()];
  }

  private checkPathParameters(
    path: string,
    parameters: Array<{ model: ParameterModel; pointer: string }>,
    pointer: string,
  ): void {
    const template = templateVariables(path);
    const declared = parameters.filter(({ model }) => model.in === "path");
    for (const name of template) {
      if (!declared.some(({ model }) => model.name === name)) {
        this.fail(
          `path template parameter {${name}} in ${path} is not declared as an \`in: path\` parameter`,
          pointer,
        );
      }
    }
    for (const { model, pointer: at } of declared) {
      if (!template.includes(model.name)) {
        this.fail(
          `path parameter ${JSON.stringify(model.name)} is declared but ${path} has no {${model.name}}`,
          at,
        );
      } else if (!model.required) {
        this.fail(`path parameter ${JSON.stringify(model.name)} must have \`required: true\``, at);
      }
    }
  }

  private responses(op: Json, pointer: string): ResponseModel[] {
    const responses = op.responses;
    // OpenAPI 3.1 made `responses` optional; 3.0 requires at least one.
    if (responses === undefined && this.spec.openapiVersion === "3.1") return [];
    if (!isObject(responses) || Object.keys(responses).length === 0) {
      this.fail("operation has no `responses`; declare at least one", pointer);
      return [];
    }
    return Object.entries(responses).map(([status, raw]) => {
      const response = this.deref(raw);
      return {
        status,
        success: /^2/.test(status),
        description: String(response.description ?? ""),
        mediaTypes: this.mediaTypes(response.content),
        headers: Object.keys(asObject(response.headers)),
      };
    });
  }

  /**
   * OpenAPI 3.1 allows a body on GET and HEAD, but fetch refuses to send one ("Request with
   * GET/HEAD method cannot have body"), as do browsers: the operation is generated without it.
   */
  private bodyLeftOut(raw: unknown, pointer: string, method: string): Record<string, never> {
    if (raw !== undefined)
      this.warnings.push(
        new SpecError(
          `a ${method.toUpperCase()} request cannot carry a body in fetch; the request body is left out of the client, the snippets and the mock`,
          this.at(pointer),
        ),
      );
    return {};
  }

  private requestBody(raw: unknown): { requestBody?: RequestBodyModel } {
    if (raw === undefined) return {};
    const body = this.deref(raw);
    return {
      requestBody: {
        required: body.required === true,
        ...optionalString("description", body.description),
        mediaTypes: this.mediaTypes(body.content),
      },
    };
  }

  private mediaTypes(content: unknown): MediaTypeModel[] {
    return Object.entries(asObject(content)).map(([type, raw]) => {
      const media = asObject(raw);
      const schema = asObject(media.schema);
      const ref =
        typeof schema.$ref === "string"
          ? /^#\/components\/schemas\/([^/]+)$/.exec(schema.$ref)
          : null;
      const firstExample = Object.values(asObject(media.examples))[0];
      const example =
        media.example ?? (isObject(firstExample) ? this.deref(firstExample).value : undefined);
      const kind = mediaKind(type);
      return {
        type,
        json: kind === "json",
        kind,
        ...(ref && { schemaRef: parsePointer(`#/${ref[1]}`)[0]! }),
        ...(isObject(media.schema) && { schema: media.schema }),
        ...(example !== undefined && { example }),
        ...((kind === "form" || kind === "multipart") && {
          fields: this.formFields(kind, schema, asObject(media.encoding)),
        }),
      };
    });
  }

  /** Each top-level property of a form's schema, with its `encoding` entry applied. */
  private formFields(
    kind: "form" | "multipart",
    schema: Json,
    encoding: Json,
  ): Record<string, FormFieldModel> {
    const properties = asObject(this.deref(schema).properties);
    return Object.fromEntries(
      Object.entries(properties).map(([name, property]) => {
        // Style and explode are for URL-encoded forms; multipart parts are written whole.
        const written = kind === "form" ? asObject(encoding[name]) : {};
        const resolved = this.deref(property);
        // A file, or a list of files (`type: array, items: { format: binary }`).
        const file = (schema: Json) =>
          schema.format === "binary" || schema.contentMediaType !== undefined;
        return [
          name,
          {
            ...this.serialization("query", written, resolved),
            binary: file(resolved) || file(this.deref(resolved.items)),
          },
        ];
      }),
    );
  }

  private servers(raw: unknown): ServerModel[] {
    const list = Array.isArray(raw) && raw.length > 0 ? raw : [{ url: "/" }];
    return list.map((entry) => {
      const server = asObject(entry);
      const url = String(server.url ?? "/");
      const variables = Object.entries(asObject(server.variables)).map(([name, rawVariable]) => {
        const variable = asObject(rawVariable);
        return {
          name,
          default: String(variable.default ?? ""),
          ...(Array.isArray(variable.enum) && { enum: variable.enum.map(String) }),
          ...optionalString("description", variable.description),
        };
      });
      const defaultUrl = variables
        .reduce((u, v) => u.replaceAll(`{${v.name}}`, v.default), url)
        .replace(/\/$/, "");
      const exampleUrl = /^[a-z][a-z0-9+.-]*:\/\//i.test(defaultUrl)
        ? defaultUrl
        : `${EXAMPLE_ORIGIN}${defaultUrl.startsWith("/") || defaultUrl === "" ? "" : "/"}${defaultUrl}`;
      return {
        url,
        defaultUrl,
        exampleUrl,
        ...optionalString("description", server.description),
        variables,
      };
    });
  }

  private readonly checkedSecurity = new Set<string>();

  /** Security requirements; each scheme they name must be declared (OpenAPI says MUST). */
  private security(raw: unknown, pointer: string): SecurityRequirementModel[] {
    if (!Array.isArray(raw)) return [];
    const declared = asObject(asObject(this.doc.components).securitySchemes);
    const check = !this.checkedSecurity.has(pointer); // the document's, once for all operations
    this.checkedSecurity.add(pointer);
    return raw.map((requirement, index) => {
      const names = Object.keys(asObject(requirement));
      if (check) this.checkCarriers(names, declared, pointerTo(pointer, index));
      return {
        schemes: Object.entries(asObject(requirement)).map(([name, scopes]) => {
          if (check && !(name in declared))
            this.fail(
              `security requirement names the scheme ${JSON.stringify(name)}, which components.securitySchemes does not declare`,
              pointerTo(pointerTo(pointer, index), name),
            );
          return { name, scopes: Array.isArray(scopes) ? scopes.map(String) : [] };
        }),
      };
    });
  }

  /**
   * A requirement of several schemes that travel in the same place (basic and OAuth 2 both in
   * the Authorization header, two API keys of one name) asks for what no request can carry:
   * the spec's fault, said with its location. The client sends the last one given.
   */
  private checkCarriers(names: string[], declared: Json, pointer: string): void {
    const byCarrier = new Map<string, string[]>();
    for (const name of names) {
      if (!(name in declared)) continue;
      const scheme = this.deref(declared[name]);
      if (scheme.type === "mutualTLS") continue; // carried by the TLS handshake
      // Header names are case-insensitive; query and cookie names are not.
      const carrier =
        scheme.type !== "apiKey"
          ? "the Authorization header"
          : scheme.in === "header"
            ? `the ${String(scheme.name)} header`
            : `the ${String(scheme.in)} parameter ${String(scheme.name)}`;
      const key = carrier.endsWith("header") ? carrier.toLowerCase() : carrier;
      byCarrier.set(key, [...(byCarrier.get(key) ?? [carrier]), name]);
    }
    for (const [carrier, ...schemes] of byCarrier.values())
      if (schemes.length > 1)
        this.warnings.push(
          new SpecError(
            `the security requirement needs ${schemes.join(" and ")} at once, which all travel in ${carrier}: no request can carry them all`,
            this.at(pointer),
          ),
        );
  }

  private securitySchemes(): SecuritySchemeModel[] {
    const schemes = asObject(asObject(this.doc.components).securitySchemes);
    return Object.entries(schemes).map(([name, raw]) => {
      const scheme = this.deref(raw);
      return {
        name,
        type: String(scheme.type ?? ""),
        ...optionalString(
          "scheme",
          typeof scheme.scheme === "string" ? scheme.scheme.toLowerCase() : undefined,
        ),
        ...optionalString("in", scheme.in),
        ...optionalString("paramName", scheme.name),
      };
    });
  }

  private allowedHosts(operations: OperationModel[]): string[] {
    const hosts = new Set<string>();
    const servers = [
      ...this.servers(this.doc.servers),
      ...operations.flatMap((operation) => operation.servers),
    ];
    for (const server of servers) {
      // Every combination of default and enum values, one variable at a time, is enough for hosts.
      const values = server.variables.map((v) => [v.default, ...(v.enum ?? [])]);
      const expansions = [server.url];
      server.variables.forEach((variable, i) => {
        const current = expansions.splice(0);
        for (const url of current)
          for (const value of values[i]!)
            expansions.push(url.replaceAll(`{${variable.name}}`, value));
      });
      for (const url of expansions) {
        const host = hostOf(url);
        if (host) hosts.add(host);
      }
    }
    const extra = this.doc[ALLOWED_HOSTS_EXTENSION];
    if (extra !== undefined) {
      if (
        Array.isArray(extra) &&
        extra.every((h) => typeof h === "string" && /^(\*\.)?[a-z0-9.-]+$/i.test(h))
      ) {
        for (const host of extra) hosts.add(host.toLowerCase());
      } else {
        this.fail(
          `${ALLOWED_HOSTS_EXTENSION} must be a list of host names or *.suffix patterns`,
          pointerTo("#", ALLOWED_HOSTS_EXTENSION),
        );
      }
    }
    return [...hosts];
  }

  private tokenEnvironmentVariable(): string {
    const name = this.doc[TOKEN_ENV_EXTENSION];
    if (name === undefined) return "API_TOKEN";
    if (typeof name === "string" && /^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) return name;
    this.fail(
      `${TOKEN_ENV_EXTENSION} must be an environment variable name, got ${JSON.stringify(name)}`,
      pointerTo("#", TOKEN_ENV_EXTENSION),
    );
    return "API_TOKEN";
  }

  /** Box's `x-box-tag`, else the tag object's `x-box-tag`, else the first tag, else `default`. */
  private resourceName(op: Json): string {
    if (typeof op[RESOURCE_EXTENSION] === "string") return camelCase(op[RESOURCE_EXTENSION]);
    const tag = Array.isArray(op.tags) && typeof op.tags[0] === "string" ? op.tags[0] : undefined;
    if (tag === undefined) return "default";
    const tagObject = (Array.isArray(this.doc.tags) ? this.doc.tags : [])
      .map(asObject)
      .find((t) => t.name === tag);
    const boxTag = tagObject?.[RESOURCE_EXTENSION];
    return camelCase(typeof boxTag === "string" ? boxTag : tag) || "default";
  }

  /** `x-sdk-method-name`, else the camelCased operationId, else method + path words. */
  private methodName(
    op: Json,
    operationId: string | undefined,
    method: HttpMethod,
    path: string,
    pointer: string,
  ): string {
    const explicit = op[METHOD_NAME_EXTENSION];
    if (explicit !== undefined) {
      if (typeof explicit === "string" && IDENTIFIER.test(explicit)) return explicit;
      this.fail(
        `${METHOD_NAME_EXTENSION} must be a JavaScript identifier, got ${JSON.stringify(explicit)}`,
        pointerTo(pointer, METHOD_NAME_EXTENSION),
      );
    }
    if (operationId !== undefined && words(operationId).length > 0) return camelCase(operationId);
    const segments = path
      .split("/")
      .filter(Boolean)
      .map((segment) => segment.replace(/^\{(.*)\}$/, "by $1"));
    return camelCase([method, ...segments].join(" "));
  }

  private schemas(): SchemaModel[] {
    const schemas = asObject(asObject(this.doc.components).schemas);
    return Object.entries(schemas).map(([name, raw]) => {
      const schema = asObject(raw);
      return {
        name,
        typeName: typeIdentifier(name),
        pointer: pointerTo("#/components/schemas", name),
        ...optionalString("title", schema.title),
        ...optionalString("description", schema.description),
      };
    });
  }

  private resources(operations: OperationModel[]): ResourceModel[] {
    const resources = new Map<string, ResourceModel>();
    const tags = (Array.isArray(this.doc.tags) ? this.doc.tags : []).map(asObject);
    for (const operation of operations) {
      let resource = resources.get(operation.resource);
      if (!resource) {
        const tagName = operation.tags[0];
        const tag = tags.find((t) => t.name === tagName);
        resource = {
          name: operation.resource,
          source: tagName ?? operation.resource,
          ...optionalString("description", tag?.description),
          operations: [],
        };
        resources.set(operation.resource, resource);
      }
      resource.operations.push(operation.key);
    }
    return [...resources.values()];
  }

  /** Every generated name must be unique where it is exported; report both owners of a clash. */
  private checkNames(operations: OperationModel[], schemas: SchemaModel[]): void {
    const methods = new Map<string, OperationModel>();
    const reported = new Set<string>();
    for (const operation of operations) {
      if (operation.urlMethodName !== undefined) {
        const taken =
          methods.get(operation.urlMethodName) ??
          operations.find((o) => o.methodName === operation.urlMethodName);
        if (taken) {
          this.fail(
            `the URL variant ${JSON.stringify(operation.urlMethodName)} of this operation clashes with another operation's method name`,
            operation.pointer,
            [taken.pointer],
          );
        } else {
          methods.set(operation.urlMethodName, operation);
        }
      }
      const first = methods.get(operation.methodName);
      if (!first) {
        methods.set(operation.methodName, operation);
        continue;
      }
      reported.add(operation.pointer);
      // A duplicate operationId is already reported; the name clash it causes is the same problem.
      if (operation.operationId !== undefined && operation.operationId === first.operationId)
        continue;
      this.fail(
        `two operations would get the same generated name ${JSON.stringify(operation.methodName)}; give one a distinct ${METHOD_NAME_EXTENSION} or operationId`,
        operation.pointer,
        [first.pointer],
      );
    }
    // Schemas keep their names (users import them by name); an operation whose derived names
    // (`…Params`, `…Response`, …) are taken moves all of them to `…Operation`, `…Operation2`, …
    // in spec order, so that the same spec always gives the same names.
    const exported = new Map<string, string>();
    for (const { name, pointer } of typesPackageNames([], schemas)) {
      const clash = claimName(exported, name, pointer);
      if (clash)
        this.fail(
          `generated type name ${JSON.stringify(name)} is already used by ${clash}`,
          pointer,
          clash.startsWith("#") ? [clash] : [],
        );
    }
    for (const operation of operations) {
      if (reported.has(operation.pointer)) continue; // already reported as a method-name clash
      const base = operation.typeName;
      const names = (typeName: string) =>
        Object.values(operationTypeNames({ typeName, requestBody: operation.requestBody }));
      for (let n = 1; names(operation.typeName).some((name) => exported.has(name)); n++)
        operation.typeName = `${base}Operation${n > 1 ? n : ""}`;
      for (const name of names(operation.typeName)) claimName(exported, name, operation.pointer);
    }
  }
}

const STYLES: ParameterStyle[] = [
  "simple",
  "label",
  "matrix",
  "form",
  "spaceDelimited",
  "pipeDelimited",
  "deepObject",
];

/**
 * A scalar example for a parameter: its own, else the schema's const, default or first enum value,
 * else one that meets the schema's constraints: a string its `pattern` matches (randexp,
 * seeded with the name, so the same each run), one of its `format` and length (openapi-sampler),
 * a number within its bounds; else a stand-in of its type (`example-<name>`, 1, true).
 */
function scalarExample(example: unknown, schema: Json, name: string): string | number | boolean {
  const written =
    example ??
    schema.const ??
    schema.default ??
    (Array.isArray(schema.enum) ? schema.enum[0] : undefined);
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== "null") : schema.type;
  // An example written as text for a number or a boolean (`example: "23456"`, YAML-quoted):
  // the value it spells, as the generated types and the client take it.
  const candidate =
    typeof written === "string" &&
    written.trim() !== "" &&
    (type === "integer"
      ? Number.isSafeInteger(Number(written))
      : type === "number" && Number.isFinite(Number(written)))
      ? Number(written)
      : typeof written === "string" &&
          type === "boolean" &&
          (written === "true" || written === "false")
        ? written === "true"
        : written;
  if (
    typeof candidate === "string" ||
    typeof candidate === "number" ||
    typeof candidate === "boolean"
  )
    return candidate;
  const constrained = (keys: string[]) => keys.some((key) => schema[key] !== undefined);
  if (type === "integer" || type === "number") {
    const sampled = constrained([
      "minimum",
      "maximum",
      "exclusiveMinimum",
      "exclusiveMaximum",
      "multipleOf",
    ])
      ? sampleQuietly(schema, {})
      : undefined;
    return typeof sampled === "number" ? sampled : 1;
  }
  if (type === "boolean") return true;
  if (candidate !== undefined) return JSON.stringify(candidate);
  if (typeof schema.pattern === "string") {
    const matching = patternExample(schema.pattern, name);
    const fits =
      matching !== undefined &&
      matching.length >= Number(schema.minLength ?? 0) &&
      matching.length <= Number(schema.maxLength ?? Infinity);
    if (fits) return matching;
  }
  if (constrained(["format", "minLength", "maxLength"])) {
    const sampled = sampleQuietly(schema, {});
    if (typeof sampled === "string") return sampled;
  }
  return `example-${name}`;
}

/** How a body of media type `type` is written (see {@link MediaTypeModel.kind}). */
function mediaKind(type: string): MediaTypeModel["kind"] {
  if (/^application\/(?:[\w.-]+\+)?json\b/i.test(type)) return "json";
  if (/^text\/|^application\/(?:[\w.-]+\+)?(?:xml|yaml|x-yaml|graphql)\b/i.test(type))
    return "text";
  if (/^application\/x-www-form-urlencoded\b/i.test(type)) return "form";
  if (/^multipart\//i.test(type)) return "multipart";
  return "binary";
}

/** `getFileUploadSessionById` → `getFileUploadSessionByUrl`; otherwise `…ByUrl` is appended. */
function urlMethodName(methodName: string): string {
  return /ById$/.test(methodName) ? methodName.replace(/ById$/, "ByUrl") : `${methodName}ByUrl`;
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname || undefined;
  } catch {
    return undefined; // a relative server URL ("/") has no host of its own
  }
}

function asObject(value: unknown): Json {
  return isObject(value) ? value : {};
}

function optionalString<K extends string>(key: K, value: unknown): { [P in K]?: string } {
  return (typeof value === "string" && value !== "" ? { [key]: value } : {}) as {
    [P in K]?: string;
  };
}
