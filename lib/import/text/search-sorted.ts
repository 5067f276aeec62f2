/** Index of the last item whose `key` is at most `position` in an array sorted by that key, or -1. */
export function lastAtOrBefore<T>(items: T[], position: number, key: (item: T) => number): number {
  let low = 0;
  let high = items.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (key(items[middle]) <= position) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}
