import { sample, type Options } from "openapi-sampler";

/**
 * openapi-sampler's synthesis of a value for `schema` (its `$ref`s resolved in `document`),
 * without its console warnings (an `allOf` of different types warns even with `quiet`): a
 * spec's oddities must not litter `pnpm generate`'s output. `undefined` where it throws.
 */
export function sampleQuietly(schema: unknown, document: unknown, options: Options = {}): unknown {
  const warn = console.warn;
  console.warn = () => {};
  try {
    return sample(schema as never, { quiet: true, ...options }, document as never);
  } catch {
    return undefined;
  } finally {
    console.warn = warn;
  }
}
