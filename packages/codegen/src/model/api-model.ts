/**
 * The operation model: everything the emitters need, with OpenAPI's quirks already resolved
 * (inherited servers and parameters, `$ref`s, missing operationIds, 3.0 vs 3.1 differences,
 * naming). Emitters read this, never the raw spec.
 */
import type { LoadedSpec, OpenApiDocument } from "../load/load-spec.js";

export type HttpMethod = "get" | "put" | "post" | "delete" | "options" | "head" | "patch" | "trace";

export interface ApiModel {
  /** Where the spec came from, as shown in generated-file headers (`spec/openapi.yaml`). */
  specFile: string;
  title: string;
  version: string;
  openapiVersion: "3.0" | "3.1";
  /**
   * The bundled document. Only the model's own modules read it: example synthesis and schema
   * checking (openapi-sampler and ajv resolve `$ref`s in it), the schema trees and
   * `resolvedSchema` (which the spec diff follows refs with), the document openapi-typescript
   * gets (`types-document.ts`) and the spec republished with code samples
   * (`document-with-field.ts`). Emitters and the diff use those and the fields below.
   */
  document: OpenApiDocument;
  operations: OperationModel[];
  /** One entry per named schema under `components.schemas`, in spec order. */
  schemas: SchemaModel[];
  /** One entry per resource (an SDK namespace such as `chunkedUploads`), in order of first use. */
  resources: ResourceModel[];
  securitySchemes: SecuritySchemeModel[];
  /**
   * Hosts a client may send credentials to: every server's host (variables at their default and
   * enum values) plus the spec's `x-sdk-allowed-hosts` patterns (`*.box.com`).
   */
  allowedHosts: string[];
  /**
   * The environment variable examples read the token from: the spec's `x-sdk-token-env`
   * (`BOX_ACCESS_TOKEN`), else `API_TOKEN`.
   */
  tokenEnvironmentVariable: string;
  /**
   * Whether the spec names that variable itself (`x-sdk-token-env`): only then does the client
   * read the token from the environment (a generic `API_TOKEN` may belong to anything).
   */
  tokenEnvironmentVariableDeclared: boolean;
  /** Where an error body holds its code, message, request id…, and the request-id header. */
  errorShape: ErrorShapeModel;
  /**
   * What the spec says that the packages cannot do and leave out, located as errors are
   * (`spec.yaml:12:7 #/paths/…: …`); `pnpm generate` prints them. Generation goes on.
   */
  warnings: string[];
}

/**
 * The property of the spec's error body for each thing an ApiError reports, as the spec says
 * (`x-sdk-error-fields`) or as the error schema's properties show; and the response header the
 * request id travels in (`x-sdk-request-id-header`, or a declared `…request-id` header).
 */
export interface ErrorShapeModel {
  code?: string;
  message?: string;
  requestId?: string;
  helpUrl?: string;
  contextInfo?: string;
  requestIdHeader?: string;
}

export interface ResourceModel {
  /** camelCase property name on the client: `chunkedUploads`. */
  name: string;
  /** Where the name came from: Box's `x-box-tag` (`chunked_uploads`) or the first tag. */
  source: string;
  description?: string;
  /** operationKeys of its operations, in spec order. */
  operations: string[];
}

export interface OperationModel {
  /** Stable identity: the operationId, or `METHOD /path` when the spec gives none. */
  key: string;
  operationId?: string;
  method: HttpMethod;
  /** The path template as written: `/files/upload_sessions/{upload_session_id}`. */
  path: string;
  /**
   * The path template a request is sent to: `path` without a `#fragment`, with which Box
   * writes variants of one endpoint (`/folders/{folder_id}#remove_shared_link`). A fragment
   * is never sent; left in, it would swallow the query string.
   */
  requestPath: string;
  /** JSON pointer of the operation object: `#/paths/~1files~1…/get`. */
  pointer: string;
  summary?: string;
  description?: string;
  deprecated: boolean;
  tags: string[];
  /** The resource (SDK namespace) the operation belongs to. */
  resource: string;
  /** camelCase SDK method name: `getFileUploadSessionById`. */
  methodName: string;
  /** PascalCase base for the operation's exported type names: `GetFileUploadSessionById`. */
  typeName: string;
  /**
   * The SDK method that calls the operation at a URL the API itself returned (Box's
   * `getFileUploadSessionByUrl`). Set when the operation's server has variables, i.e. its host
   * varies per call.
   */
  urlMethodName?: string;
  /** Effective servers (operation, else path item, else document), variables included. */
  servers: ServerModel[];
  /** Path-item and operation parameters merged (operation wins), refs resolved. */
  parameters: ParameterModel[];
  /** The path parameters in the order the path template names them: the SDK method's positional arguments. */
  pathParameters: ParameterModel[];
  requestBody?: RequestBodyModel;
  responses: ResponseModel[];
  /** Effective security requirements; empty when the operation is explicitly public. */
  security: SecurityRequirementModel[];
  /** How the operation's list continues on a next page, when it returns one page of many. */
  pagination?: PaginationModel;
}

/**
 * An operation's pages (model/build/pagination.ts): the query parameter that asks for a page,
 * the body property that says where the next one starts, and the property that holds the items.
 */
export interface PaginationModel {
  kind: "offset" | "marker" | "cursor" | "page" | "link";
  /** The query parameter a next page is asked with (`offset`, `marker`, `cursor`, `page`); "" for link. */
  request: string;
  /** The body property that gives the next page's value (`next_marker`), its URL (`next_page_uri`, for link), or the total (`total_count`, for offset); "" when none. */
  next: string;
  /** The body property that holds the page's items; "" when the body is the list itself. */
  items: string;
  /** For `starting_after` cursors: the body property that says more pages follow. */
  hasMore?: string;
  /** For offset pages: the query parameter of the page size. */
  limit?: string;
  /** For page numbers: the number of the first page (the parameter's default or minimum, else 1). */
  firstPage?: number;
}

export interface ServerModel {
  /** The URL template as written: `https://{box-upload-server}/api/2.0`. */
  url: string;
  /** The URL with every variable at its default, no trailing slash: `https://upload.box.com/api/2.0`. */
  defaultUrl: string;
  /**
   * `defaultUrl` made absolute for examples (snippets, the mock): a relative server (`/v1`, or a
   * spec without servers, whose default is `/`) is placed on {@link EXAMPLE_ORIGIN}.
   */
  exampleUrl: string;
  description?: string;
  variables: ServerVariableModel[];
}

/** The host examples use for an API whose servers are relative: readers put theirs instead. */
export const EXAMPLE_ORIGIN = "https://api.example.com";

export interface ServerVariableModel {
  name: string;
  default: string;
  enum?: string[];
  description?: string;
}

export type ParameterLocation = "path" | "query" | "header" | "cookie";

export interface ParameterModel {
  name: string;
  /** camelCase name for code: `uploadSessionId`. */
  argumentName: string;
  in: ParameterLocation;
  required: boolean;
  description?: string;
  deprecated: boolean;
  /** The parameter's schema with any top-level `$ref` resolved; may be empty. */
  schema: SchemaShape;
  /** The example value from the parameter, its schema, or its first `examples` entry. */
  example?: unknown;
  /**
   * The value snippets send and the mock server expects, of the schema's shape: `example`, else
   * the schema's default or first enum value, else a stand-in of the schema's type (a list or
   * an object synthesised from the schema for those). Always set, so both agree.
   */
  exampleValue: ParameterValue;
  /** How the value is written: the spec's `style`/`explode`, else the defaults of its location. */
  serialization: Serialization;
}

/** A parameter's value as a caller passes it. */
export type ParameterValue = string | number | boolean | ParameterValue[] | ParameterObject;
export interface ParameterObject {
  [key: string]: ParameterValue;
}

/** OpenAPI's parameter styles (`style`), each location's allowed subset. */
export type ParameterStyle =
  "simple" | "label" | "matrix" | "form" | "spaceDelimited" | "pipeDelimited" | "deepObject";

/**
 * How a parameter or a URL-encoded form field goes into a request. OpenAPI's defaults: `form`,
 * exploded, in the query, a cookie and a form body; `simple`, not exploded, in the path and a
 * header. `shape` is what the schema says the value is: styles write lists and objects
 * differently from single values.
 */
export interface Serialization {
  style: ParameterStyle;
  explode: boolean;
  shape: "primitive" | "array" | "object";
  /** An object's declared properties: an exploded one is sent as fields of these names. */
  propertyNames?: string[];
}

export interface RequestBodyModel {
  required: boolean;
  description?: string;
  mediaTypes: MediaTypeModel[];
}

export interface ResponseModel {
  /** `200`, `2XX` or `default`, as written. */
  status: string;
  /** True for 2XX codes and the `2XX` range; 1XX, 3XX, 4XX, 5XX and `default` are not. */
  success: boolean;
  description: string;
  mediaTypes: MediaTypeModel[];
  headers: string[];
}

export interface MediaTypeModel {
  /** `application/json`. */
  type: string;
  /** JSON-like media types (`application/json`, `application/problem+json`). */
  json: boolean;
  /**
   * How a body of this type is written: `json`; `text` (`text/*`); `form`
   * (`application/x-www-form-urlencoded`); `multipart` (`multipart/*`); or `binary`, raw bytes
   * (`application/octet-stream`, images, a `format: binary` string, …).
   */
  kind: "json" | "text" | "form" | "multipart" | "binary";
  /** Name of the component schema when the schema is a `$ref` to one. */
  schemaRef?: string;
  /** The media type's schema as the spec gives it (a `$ref` stays a `$ref`), for schema-level comparisons. */
  schema?: SchemaShape;
  example?: unknown;
  /**
   * For a form (`form` and `multipart` kinds), how each top-level field is written: the
   * media type's `encoding` (style and explode apply to URL-encoded forms only), else the
   * defaults; the shape from the field's schema. Multipart objects are JSON parts.
   */
  fields?: Record<string, FormFieldModel>;
}

/** A top-level field of a form body. */
export interface FormFieldModel extends Serialization {
  /**
   * A file (`type: string, format: binary`), or a list of them when `shape` is `array`: a Blob
   * in the client, a file part in multipart.
   */
  binary: boolean;
}

/** A JSON Schema as found in the spec; emitters that need detail read it through helpers. */
export type SchemaShape = Record<string, unknown>;

export interface SchemaModel {
  /** The key under `components.schemas`: `UploadSession`, `File--Full`. */
  name: string;
  /** A valid, unique TypeScript identifier for it: `UploadSession`, `FileFull`. */
  typeName: string;
  pointer: string;
  title?: string;
  description?: string;
}

export interface SecuritySchemeModel {
  name: string;
  /** As written, for labels (`oauth2` reads "OAuth 2"); how to send is {@link carrier}'s. */
  type: string;
  /** For `http` schemes, lower-cased: `bearer`, `basic`. */
  scheme?: string;
  /** For `apiKey` schemes. */
  in?: string;
  paramName?: string;
  /** What the credential travels in: the one answer the client, snippets, mock and docs read. */
  carrier: CredentialCarrier;
}

/**
 * How a security scheme's credential travels. `bearer`: `Authorization: Bearer <token>`
 * (`http` bearer, OAuth 2, OpenID Connect); `basic`: HTTP basic; `header`, `query`, `cookie`:
 * an API key of that name there; `tls`: the TLS handshake (mutualTLS), outside any request
 * the code writes; `unsupported`: a scheme the packages cannot send (an HTTP scheme other
 * than bearer and basic, a malformed API key), with a warning, left to the caller.
 */
export type CredentialCarrier =
  | { kind: "bearer" | "basic" | "tls" }
  | { kind: "header" | "query" | "cookie"; name: string }
  | { kind: "unsupported"; reason: string };

/** One alternative of an operation's `security` list: all of its schemes apply together. */
export interface SecurityRequirementModel {
  schemes: Array<{ name: string; scopes: string[] }>;
}

export type { LoadedSpec };
