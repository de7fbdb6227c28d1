import type { ApiModel, OperationModel, ParameterModel } from "../model/api-model.js";
import { componentName } from "../load/json-pointer.js";
import { resolvedSchema } from "../model/schema-view.js";
import { diffSchema, type Direction } from "./schema-diff.js";
import { bumpOf, type SpecChange } from "./spec-change.js";

/**
 * Every difference between two versions of the spec that the generated packages would show,
 * through the operation model (names, servers, parameters) and the schemas it points at, each
 * classified as major, minor or patch for the packages' semver.
 */
export function diffModels(base: ApiModel, head: ApiModel): SpecChange[] {
  const changes: SpecChange[] = [];
  const headByKey = new Map(head.operations.map((o) => [o.key, o]));
  const baseKeys = new Set(base.operations.map((o) => o.key));

  for (const before of base.operations) {
    const after = headByKey.get(before.key);
    const where = `${before.method.toUpperCase()} ${before.path}`;
    if (!after) {
      changes.push({
        level: "major",
        where,
        message: `operation ${before.key} (${before.resource}.${before.methodName}) removed`,
      });
      continue;
    }
    diffOperation(base, head, before, after, changes);
  }
  for (const after of head.operations) {
    if (!baseKeys.has(after.key)) {
      changes.push({
        level: "minor",
        where: `${after.method.toUpperCase()} ${after.path}`,
        message: `operation ${after.key} (${after.resource}.${after.methodName}) added`,
      });
    }
  }

  // The client sends the token only to these hosts: dropping one breaks callers that use it.
  for (const host of base.allowedHosts) {
    if (!head.allowedHosts.includes(host))
      changes.push({
        level: "major",
        where: "allowed hosts",
        message: `${host} no longer allowed`,
      });
  }
  for (const host of head.allowedHosts) {
    if (!base.allowedHosts.includes(host))
      changes.push({ level: "minor", where: "allowed hosts", message: `${host} allowed` });
  }

  const headTypes = new Set(head.schemas.map((s) => s.typeName));
  const baseTypes = new Set(base.schemas.map((s) => s.typeName));
  for (const schema of base.schemas) {
    if (!headTypes.has(schema.typeName))
      changes.push({
        level: "major",
        where: `schema ${schema.name}`,
        message: `generated type ${schema.typeName} removed or renamed`,
      });
  }
  for (const schema of head.schemas) {
    if (!baseTypes.has(schema.typeName))
      changes.push({
        level: "minor",
        where: `schema ${schema.name}`,
        message: `generated type ${schema.typeName} added`,
      });
  }
  // A component is compared as the side(s) of the wire it is on; one on both sides is
  // compared as both, and the larger level of each change is kept (dedupe).
  const requestSchemas = componentsReached(base, "request");
  const responseSchemas = componentsReached(base, "response");
  for (const before of base.schemas) {
    const after = head.schemas.find((s) => s.name === before.name);
    if (!after) continue;
    const directions: Direction[] = [];
    if (requestSchemas.has(before.name)) directions.push("request");
    // A component no operation uses is still an exported type: read as a response, the stricter.
    if (responseSchemas.has(before.name) || directions.length === 0) directions.push("response");
    for (const direction of directions)
      diffSchema(
        base,
        head,
        { $ref: before.pointer },
        { $ref: after.pointer },
        direction,
        `schema ${before.name}`,
        before.name,
        changes,
        true,
      );
  }
  return dedupe(changes);
}

function diffOperation(
  base: ApiModel,
  head: ApiModel,
  before: OperationModel,
  after: OperationModel,
  changes: SpecChange[],
): void {
  const where = `${before.method.toUpperCase()} ${before.path}`;
  const add = (level: SpecChange["level"], message: string) =>
    changes.push({ level, where, message });

  if (before.method !== after.method || before.path !== after.path)
    add("major", `moved to ${after.method.toUpperCase()} ${after.path}`);
  if (before.resource !== after.resource || before.methodName !== after.methodName) {
    add(
      "major",
      `SDK method ${before.resource}.${before.methodName} renamed to ${after.resource}.${after.methodName}`,
    );
  }
  if (before.urlMethodName !== after.urlMethodName)
    add(
      before.urlMethodName ? "major" : "minor",
      `SDK method ${before.urlMethodName ?? "(none)"} → ${after.urlMethodName ?? "(none)"}`,
    );
  for (const server of before.servers) {
    if (!after.servers.some((s) => s.url === server.url))
      add("major", `server ${server.url} removed`);
    const now = after.servers.find((s) => s.url === server.url);
    for (const variable of server.variables) {
      const next = now?.variables.find((v) => v.name === variable.name);
      if (now && next?.default !== variable.default)
        add(
          "major",
          `server variable ${variable.name} default ${variable.default} → ${next?.default ?? "(removed)"}`,
        );
    }
  }
  for (const server of after.servers)
    if (!before.servers.some((s) => s.url === server.url))
      add("minor", `server ${server.url} added`);
  if (before.summary !== after.summary) add("patch", "summary changed");
  if (before.description !== after.description) add("patch", "description changed");
  if (!before.deprecated && after.deprecated) add("minor", "deprecated");

  const key = (p: ParameterModel) => `${p.in} ${p.name}`;
  for (const parameter of before.parameters) {
    const next = after.parameters.find((p) => key(p) === key(parameter));
    if (!next) {
      add("major", `${key(parameter)} parameter removed`);
      continue;
    }
    if (!parameter.required && next.required)
      add("major", `${key(parameter)} parameter made required`);
    if (parameter.required && !next.required)
      add("minor", `${key(parameter)} parameter made optional`);
    if (JSON.stringify(parameter.example) !== JSON.stringify(next.example))
      add("patch", `${key(parameter)} parameter example changed`);
    if (parameter.description !== next.description)
      add("patch", `${key(parameter)} parameter description changed`);
    diffSchema(
      base,
      head,
      parameter.schema,
      next.schema,
      "request",
      where,
      `${key(parameter)} parameter`,
      changes,
    );
  }
  for (const parameter of after.parameters) {
    if (!before.parameters.some((p) => key(p) === key(parameter))) {
      add(
        parameter.required ? "major" : "minor",
        `${parameter.required ? "required" : "optional"} ${key(parameter)} parameter added`,
      );
    }
  }

  if (!before.requestBody && after.requestBody?.required)
    add("major", "required request body added");
  if (before.requestBody && !after.requestBody) add("major", "request body removed");
  if (
    before.requestBody &&
    after.requestBody &&
    !before.requestBody.required &&
    after.requestBody.required
  )
    add("major", "request body made required");
  if (before.requestBody && after.requestBody) {
    for (const media of before.requestBody.mediaTypes) {
      if (!after.requestBody.mediaTypes.some((m) => m.type === media.type))
        add("major", `request body ${media.type} removed`);
      else
        diffSchema(
          base,
          head,
          media.schema,
          after.requestBody.mediaTypes.find((m) => m.type === media.type)!.schema,
          "request",
          where,
          `request body (${media.type})`,
          changes,
        );
    }
  }

  for (const response of before.responses) {
    const next = after.responses.find((r) => r.status === response.status);
    if (!next) {
      add(response.success ? "major" : "minor", `response ${response.status} removed`);
      continue;
    }
    if (response.description !== next.description)
      add("patch", `response ${response.status} description changed`);
    for (const media of response.mediaTypes) {
      const nextMedia = next.mediaTypes.find((m) => m.type === media.type);
      if (!nextMedia) {
        add("major", `response ${response.status} ${media.type} removed`);
        continue;
      }
      if (JSON.stringify(media.example) !== JSON.stringify(nextMedia.example))
        add("patch", `response ${response.status} example changed`);
      const direction: Direction = "response";
      diffSchema(
        base,
        head,
        media.schema,
        nextMedia.schema,
        direction,
        where,
        `response ${response.status}`,
        changes,
      );
    }
  }
  for (const response of after.responses) {
    if (!before.responses.some((r) => r.status === response.status))
      add("minor", `response ${response.status} added`);
  }
}

/** Component schemas reachable from request bodies or parameters: changes to them count as request changes. */
/** The component schemas that the requests (parameters, bodies) or the responses reach. */
function componentsReached(model: ApiModel, side: Direction): Set<string> {
  const found = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    if (node === null || typeof node !== "object") return;
    const name = componentName(node);
    if (name !== undefined) {
      if (found.has(name)) return;
      found.add(name);
      visit(resolvedSchema(model, node));
      return;
    }
    Object.values(node).forEach(visit);
  };
  for (const operation of model.operations) {
    if (side === "request") {
      visit(operation.requestBody?.mediaTypes.map((m) => m.schema));
      visit(operation.parameters.map((p) => p.schema));
    } else {
      visit(operation.responses.map((r) => r.mediaTypes.map((m) => m.schema)));
    }
  }
  return found;
}

/** Each change once, at the largest level it was found with (a schema on both sides). */
function dedupe(changes: SpecChange[]): SpecChange[] {
  const kept = new Map<string, SpecChange>();
  for (const change of changes) {
    const key = `${change.where} ${change.message}`;
    const earlier = kept.get(key);
    if (!earlier || bumpOf([earlier, change]) !== earlier.level) kept.set(key, change);
  }
  return [...kept.values()];
}
