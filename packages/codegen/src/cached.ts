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
