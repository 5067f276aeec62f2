/**
 * EDN item references as authors type them in the editor: "312 A, 292 B" (pure).
 */
import type { EdnItemRef } from "@/lib/content/schema";

export function formatEdnRefs(refs: readonly EdnItemRef[] | undefined): string {
  return (refs ?? []).map((r) => `${r.item} ${r.rank}`).join(", ");
}

/** The references typed, or null when a part is not "number rank" (rank A or B). Empty text: none. */
export function parseEdnRefs(text: string): EdnItemRef[] | null {
  const parts = text.split(/[,;]/).map((p) => p.trim()).filter(Boolean);
  const refs: EdnItemRef[] = [];
  for (const part of parts) {
    const m = /^(\d{1,3})\s*(?:rang\s*)?([AaBb])$/.exec(part);
    if (!m) return null;
    refs.push({ item: Number(m[1]), rank: m[2].toUpperCase() as "A" | "B" });
  }
  return refs;
}
