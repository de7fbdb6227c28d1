import DRange from "drange";
import { sample, type Options } from "openapi-sampler";
import RandExpModule from "randexp";

// randexp is CommonJS (`module.exports = RandExp`); its types describe an ES default export.
const RandExp = RandExpModule as unknown as typeof RandExpModule.default;

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

/**
 * A string that `pattern` matches, the same on every run: randexp's choices come from a small
 * PRNG seeded with `seed` (the parameter's name), and open-ended repeats stop at 8. `undefined`
 * when the pattern is not a JavaScript RegExp, or randexp cannot satisfy it (lookarounds).
 */
export function patternExample(pattern: string, seed: string): string | undefined {
  let regexp: RegExp;
  try {
    regexp = new RegExp(pattern);
  } catch {
    return undefined;
  }
  const generator = new RandExp(regexp);
  let state = [...seed].reduce(
    (h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0,
    2166136261,
  );
  generator.randInt = (low: number, high: number) => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return low + ((state >>> 8) % (high - low + 1));
  };
  generator.max = 8;
  // `.` and negated sets draw from letters and digits: readable in a URL, safe in any snippet.
  generator.defaultRange = generator.defaultRange.intersect(
    new DRange(48, 57).add(65, 90).add(97, 122),
  );
  const value = generator.gen();
  return regexp.test(value) ? value : undefined;
}
