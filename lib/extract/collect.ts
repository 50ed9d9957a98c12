/**
 * Tiny list and lookup helpers for the content-script bundle.
 *
 * Extraction may run in a page's main world (the CLI, tests) where the page can replace
 * `Array.prototype.push/map/…` or `JSON`: these helpers use indexed loops and prototype-less
 * dictionaries only, so a hostile page cannot break or steer them.
 */

/** Appends without `Array.prototype.push`. */
export function append<T>(list: T[], item: T): void {
  list[list.length] = item;
}

/** A dictionary without a prototype (no `__proto__` / `toString` surprises from page strings). */
export function dict<V>(): Record<string, V> {
  return Object.create(null) as Record<string, V>;
}

/** Appends `item` unless `key` was seen; keys compare case-insensitively. */
export function appendOnce<T>(list: T[], seen: Record<string, true>, key: string, item: T): void {
  const k = key.toLowerCase();
  if (!k || seen[k]) return;
  seen[k] = true;
  append(list, item);
}

/** Elements of `list` as an array (NodeList and HTMLCollection included), capped. */
export function toArray<T>(list: ArrayLike<T>, max = 100_000): T[] {
  const out: T[] = [];
  const n = list.length < max ? list.length : max;
  for (let i = 0; i < n; i++) out[i] = list[i] as T;
  return out;
}
