import type { ApiModel, MediaTypeModel } from "./api-model.js";
import { sampleQuietly } from "./sample.js";
import { checkerFor, withoutAnnotations } from "./schema-checker.js";

const chosen = new WeakMap<MediaTypeModel, unknown>();
const withoutExamples = new WeakMap<ApiModel, object>();

/**
 * An example body of a media type, the first of these that its schema accepts: the spec's own
 * example (`example`, or the first of `examples`); one openapi-sampler synthesises from the
 * schema, the properties' own examples first; one synthesised from the schema alone (types,
 * enum values, formats, every required property), for specs whose examples contradict their
 * schemas. Read-only properties are left out of requests and write-only ones out of responses.
 * `undefined` when the media type has neither an example nor a schema. Computed on first use:
 * large specs have thousands of media types that no emitter asks for.
 */
export function exampleBody(
  model: ApiModel,
  media: MediaTypeModel,
  direction: "request" | "response",
): unknown {
  if (media.schema === undefined) return media.example;
  if (!chosen.has(media)) chosen.set(media, choose(model, media, direction));
  return chosen.get(media);
}

function choose(model: ApiModel, media: MediaTypeModel, direction: "request" | "response") {
  const options = {
    skipReadOnly: direction === "request",
    skipWriteOnly: direction === "response",
  };
  const candidates = [
    () => media.example,
    // The schema may `$ref` into components: openapi-sampler resolves them in the document.
    () => sampleQuietly(media.schema, model.document, options),
    () => {
      let document = withoutExamples.get(model);
      if (!document)
        withoutExamples.set(model, (document = withoutAnnotations(model.document) as object));
      return sampleQuietly(withoutAnnotations(media.schema), document, options);
    },
  ];
  let first: unknown;
  for (const candidate of candidates) {
    const value = candidate();
    if (value === undefined) continue;
    if (first === undefined) first = value;
    // Only JSON bodies are checked: other media types' schemas describe encoded text or bytes.
    if (!media.json || checkerFor(model).body(media, value, direction).length === 0) return value;
  }
  return first;
}
