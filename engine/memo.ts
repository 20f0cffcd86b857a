// Runtime: any (pure). Per-library memoisation: data derived from the (immutable) library, such
// as term matchers and zod schemas, is built once instead of on every keystroke.
const caches = new WeakMap<object, Map<string, unknown>>();

export function memo<T>(owner: object, key: string, build: () => T): T {
  let cache = caches.get(owner);
  if (!cache) caches.set(owner, (cache = new Map()));
  if (!cache.has(key)) cache.set(key, build());
  return cache.get(key) as T;
}
