/**
 * The mock routes by the client runtime's path-template matcher (the one its `…ByUrl` methods
 * check URLs with): the literal parts of a template match only themselves, each placeholder
 * one segment, and no trailing slash the template lacks.
 */
import { describe, expect, it } from "vitest";
import { templatePattern } from "../src/model/path-template.js";

const TEMPLATE = "/api/files/{file_id}/content.json+(v1)";

describe(`the route of ${TEMPLATE}`, () => {
  it.each([
    ["/api/files/F1/content.json+(v1)", ["F1"]],
    ["/api/files/F1/content.json+(v1)/", undefined],
    ["/api/files/F%201/content.json+(v1)", ["F%201"]],
    ["/api/files/F1/contentXjson+(v1)", undefined],
    ["/api/files/F1/contentXjsonnv1", undefined],
    ["/api/files/F1/G2/content.json+(v1)", undefined],
    ["/api/files//content.json+(v1)", undefined],
    ["/api/files/F1/content.json+(v1)/versions", undefined],
  ])("%s → %j", (path, groups) => {
    expect(templatePattern(TEMPLATE).exec(path)?.slice(1)).toEqual(groups);
  });
});
