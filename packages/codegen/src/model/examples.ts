import { sample } from "openapi-sampler";
import type { ApiModel, MediaTypeModel } from "./api-model.js";

const samples = new WeakMap<MediaTypeModel, unknown>();

/**
 * An example body of a media type: the spec's own example (`example`, or the first of
 * `examples`), else one that openapi-sampler synthesises from the schema — the properties' own
 * examples first, then defaults, enum values and values that fit each format, with every
 * required property present; read-only properties are left out of requests and write-only ones
 * out of responses. `undefined` when the media type has neither an example nor a schema.
 * Computed on first use: large specs have thousands of media types that no emitter asks for.
 */
export function exampleBody(
  model: ApiModel,
  media: MediaTypeModel,
  direction: "request" | "response",
): unknown {
  if (media.example !== undefined) return media.example;
  if (media.schema === undefined) return undefined;
  if (!samples.has(media)) {
    // The schema may `$ref` into components: openapi-sampler resolves them in the document.
    const options = {
      skipReadOnly: direction === "request",
      skipWriteOnly: direction === "response",
      quiet: true,
    };
    samples.set(media, sample(media.schema as never, options, model.document as never));
  }
  return samples.get(media);
}
