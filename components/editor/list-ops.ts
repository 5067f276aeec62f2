/** Immutable list edits for the editor; each keeps item keys stable (see item-keys.ts). */
import { inheritKey } from "./item-keys";

export function replaceAt<T extends object>(list: readonly T[], index: number, item: T): T[] {
  inheritKey(list[index], item);
  return list.map((x, k) => (k === index ? item : x));
}

export function removeAt<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, k) => k !== index);
}

/** Moves the item at `from` by `delta` places; out-of-range moves leave the list as it is. */
export function moveBy<T>(list: readonly T[], from: number, delta: number): T[] {
  const to = from + delta;
  if (from < 0 || from >= list.length || to < 0 || to >= list.length) return [...list];
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item);
  return next;
}

/** Applies `change` to the value at `index` of a list of plain values (strings, numbers). */
export function setAt<T>(list: readonly T[], index: number, value: T): T[] {
  return list.map((x, k) => (k === index ? value : x));
}

/** `list.map(change)`, each changed item keeping its original's key. */
export function mapKeep<T extends object>(list: readonly T[], change: (item: T, index: number) => T): T[] {
  return list.map((item, k) => {
    const next = change(item, k);
    inheritKey(item, next);
    return next;
  });
}
