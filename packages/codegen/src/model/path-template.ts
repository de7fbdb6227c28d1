/**
 * Path templates (`/files/{file_id}/upload_sessions`): the `{name}` placeholders, one pattern
 * for the model (which parameters a path names), the mock (which route a request takes) and
 * any emitter that fills a template.
 */
// The runtime's source, not its package: the generator must not wait for the client's build.
import { templatePattern as runtimeTemplatePattern } from "../../../client/src/runtime/template.js";
import type { OperationModel } from "./api-model.js";

const VARIABLE = /\{([^}]*)\}/g;

/**
 * The path template a request of the operation is sent to on its first server, the server's
 * base path included (`/api/2.0/files/upload_sessions/{upload_session_id}`): what the mock
 * routes by, and where the reference site's "try it" sends.
 */
export function routeTemplate(operation: OperationModel): string {
  const basePath = new URL(operation.servers[0]!.exampleUrl).pathname.replace(/\/$/, "");
  return basePath + operation.requestPath;
}

/** The names a template's placeholders give, in order, repeats included. */
export function templateVariables(template: string): string[] {
  return [...template.matchAll(VARIABLE)].map((match) => match[1]!);
}

/** Whether a segment (or any text) holds a placeholder. */
export function isTemplated(text: string): boolean {
  return /\{[^}]*\}/.test(text);
}

/**
 * Matches the concrete paths of a template, whole: one group per placeholder, each one
 * segment, and a trailing slash only where the template has one. The client runtime's
 * matcher, the very one its `…ByUrl` methods check a URL with, so that the mock and the
 * client agree on which paths belong to an operation.
 */
export function templatePattern(template: string): RegExp {
  return new RegExp(`^${runtimeTemplatePattern(template)}$`);
}
