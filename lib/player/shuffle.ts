/**
 * Per-attempt display orders, drawn on the server from a seed (attempt id + question id): the same
 * attempt always shows the same order (a resume or the debrief included), two attempts usually differ.
 * Pure module: answers are stored and scored by id, so no key ever depends on a display order.
 */

/** Deterministic shuffle (same seed → same order). */
export function seededShuffle<T>(items: readonly T[], seed: string): T[] {
  let h = 2166136261;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 16777619);
  const next = () => {
    h = Math.imul(h ^ (h >>> 15), 2246822507);
    h = Math.imul(h ^ (h >>> 13), 3266489909);
    h ^= h >>> 16;
    return (h >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/**
 * The learner's order of an ordering question's items. Authors often list items in the right order,
 * so from three items on the shown order is never the key's. Two items are drawn fairly (either order,
 * by the seed): always showing the reverse of the key would give it away.
 */
export function orderingDisplay<T>(items: readonly T[], key: readonly T[], seed: string): T[] {
  if (items.length <= 2) return seededShuffle(key.length === items.length ? key : items, seed);
  for (let attempt = 0; attempt < 5; attempt++) {
    const out = seededShuffle(items, `${seed}:${attempt}`);
    if (out.some((x, i) => x !== key[i])) return out;
  }
  // Five draws equal to the key: practically impossible; a rotation is never the key.
  return [...items.slice(1), items[0]];
}

/**
 * The learner's order of a choice question's options: pinned options (e.g. "aucune de ces réponses")
 * keep their authored place, the others are shuffled among the remaining places.
 */
export function optionDisplay<T extends { pinned?: boolean }>(options: readonly T[], seed: string): T[] {
  const free = seededShuffle(
    options.filter((o) => !o.pinned),
    seed,
  );
  let k = 0;
  return options.map((o) => (o.pinned ? o : free[k++]));
}

/** Sorts rows (e.g. feedback of each option) into the display order given as ids; unknown ids go last. */
export function inDisplayOrder<T extends { id: string }>(rows: readonly T[], order: readonly string[]): T[] {
  const rank = new Map(order.map((id, i) => [id, i]));
  return [...rows].sort((a, b) => (rank.get(a.id) ?? order.length) - (rank.get(b.id) ?? order.length));
}
