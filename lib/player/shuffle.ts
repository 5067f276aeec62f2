/** Deterministic shuffle (same seed → same order) so a reload shows the same order, never the key's. */
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

/** A shuffle that differs from the reference order whenever that is possible. */
export function shuffleAwayFrom<T>(items: readonly T[], reference: readonly T[], seed: string): T[] {
  for (let attempt = 0; attempt < 5; attempt++) {
    const out = seededShuffle(items, `${seed}:${attempt}`);
    if (out.some((x, i) => x !== reference[i])) return out;
  }
  return items.length > 1 ? [...items].reverse() : [...items];
}
