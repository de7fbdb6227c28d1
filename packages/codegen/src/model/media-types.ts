import type { MediaTypeModel } from "./api-model.js";

/**
 * The media type that stands for a body where one must be chosen (the types' `…Response`, the
 * client's request encoding, the snippets, the mock's answer): JSON when offered, else the first.
 */
export function preferredMediaType(
  mediaTypes: readonly MediaTypeModel[] | undefined,
): MediaTypeModel | undefined {
  return mediaTypes?.find((m) => m.json) ?? mediaTypes?.[0];
}
