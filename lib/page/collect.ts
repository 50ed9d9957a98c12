/**
 * Tiny list and lookup helpers for the content-script bundle.
 *
 * Extraction may run in a page's main world (the CLI, tests) where the page can replace
 * `Array.prototype.push/map/…`, iterators or `JSON`: lib/page therefore uses indexed loops,
 * `append` and prototype-less dictionaries only, so a hostile page can neither break nor steer it.
 */

/** Appends without `Array.prototype.push`. */
export function append<T>(list: T[], item: T): void {
  list[list.length] = item;
}

/** A dictionary without a prototype; `list` pre-fills it with space-separated keys. */
export function dict<V = true>(list?: string): Record<string, V> {
  const set = Object.create(null) as Record<string, V>;
  const words = list ? list.split(' ') : [];
  for (let i = 0; i < words.length; i++) set[words[i] as string] = true as V;
  return set;
}

/** Elements of a NodeList (or any list) as an array, capped. */
export function toArray<T>(list: ArrayLike<T>, max = 1e5): T[] {
  const out: T[] = [];
  for (let i = 0; i < list.length && i < max; i++) out[i] = list[i] as T;
  return out;
}
