/**
 * Stable React keys for list items whose ids the author may edit (or that have none). Keys live in
 * a WeakMap beside the objects; an edited copy inherits its original's key, so typing in an id field
 * never remounts the panel (and focus stays put), and a moved item keeps its panel state.
 */
const keys = new WeakMap<object, string>();
let counter = 0;

export function keyOf(item: object): string {
  let key = keys.get(item);
  if (key === undefined) {
    counter += 1;
    key = `k${counter}`;
    keys.set(item, key);
  }
  return key;
}

export function inheritKey(from: object | undefined, to: object): void {
  if (from && from !== to) keys.set(to, keyOf(from));
}
