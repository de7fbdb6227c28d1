/** What Map and WeakMap have in common: a cache keyed by a value or an object. */
interface Cache<K, V> {
  get(key: K): V | undefined;
  set(key: K, value: V): unknown;
}

/**
 * The value `cache` holds for `key`, made by `make` the first time it is asked for: the one
 * memo of the model's lazily computed parts (checkers, examples, documents) and the emitters'.
 */
export function cached<K, V>(cache: Cache<K, V>, key: K, make: () => V): V {
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

/** The working caches: registered by {@link workingCache}, dropped by {@link releaseWorkingMemory}. */
const working: Array<WeakMap<object, unknown>> = [];

/**
 * A cache of working state derived from a model or its document while emitting (compiled
 * validators, copies of the document for the sampler): large, and no longer needed once the
 * files are emitted. The pipeline drops it before formatting, so that prettier's work does not
 * stack on top of it (Box's spec: see generate.ts).
 */
export function workingCache<K extends object, V>(): WeakMap<K, V> {
  const cache = new WeakMap<K, V>();
  working.push(cache as unknown as WeakMap<object, unknown>);
  return cache;
}

/** Forgets every working cache's entry for `key`; what is asked for again is made again. */
export function releaseWorkingMemory(key: object): void {
  for (const cache of working) cache.delete(key);
}
