import type { MediaTypeModel } from "./api-model.js";

/**
 * The media type that stands for a body where one must be chosen (the types' `…Response`, the
 * client's request encoding, the snippets, the mock's answer): JSON when offered, else the first.
 * Except where JSON and a multipart form share a schema with files in it (OpenAI's uploads):
 * JSON cannot carry a file, so the form stands for the body.
 */
export function preferredMediaType(
  mediaTypes: readonly MediaTypeModel[] | undefined,
): MediaTypeModel | undefined {
  const json = mediaTypes?.find((m) => m.json);
  const withFiles =
    json &&
    mediaTypes?.find(
      (m) =>
        m.kind === "multipart" &&
        Object.values(m.fields ?? {}).some((field) => field.binary) &&
        JSON.stringify(m.schema) === JSON.stringify(json.schema),
    );
  return withFiles ?? json ?? mediaTypes?.[0];
}
