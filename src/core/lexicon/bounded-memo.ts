// One memo for the pure string functions the pipeline asks about again and again (the same words and
// segments recur within a document and across a batch): bounded, so a long session never holds more
// than `size` keys; when full it starts afresh rather than track what was used last.

/** `fn` remembered for up to `size` keys. Results are shared: treat them as read-only. */
export function boundedMemo<T>(fn: (key: string) => T, size: number): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const out = fn(key);
    if (cache.size >= size) cache.clear();
    cache.set(key, out);
    return out;
  };
}
