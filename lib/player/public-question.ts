/** The learner-safe projection of a question: no key, no feedback, no explanation. */
import type { Question } from "@/lib/content/schema";
import type { PublicQuestion } from "./view-types";
import { shuffleAwayFrom } from "./shuffle";

export function publicQuestion(q: Question, seed: string): PublicQuestion {
  const base = { id: q.id, stem: q.stem, points: q.points };
  switch (q.type) {
    case "qru":
    case "qrm":
      return { ...base, type: q.type, options: q.options.map(({ id, text }) => ({ id, text })) };
    case "qrp":
      return { ...base, type: "qrp", n: q.n, longMenu: q.longMenu ?? false, options: q.options.map(({ id, text }) => ({ id, text })) };
    case "qroc":
      return { ...base, type: "qroc" };
    case "numeric":
      return { ...base, type: "numeric", unit: q.unit };
    case "ordering": {
      const byId = new Map(q.items.map((i) => [i.id, i]));
      const expected = q.order.map((id) => byId.get(id)!).filter(Boolean);
      // Authors often list items in the right order: the learner gets a shuffle that is never the key.
      const shuffled = shuffleAwayFrom(q.items, expected, `${seed}:${q.id}`);
      return { ...base, type: "ordering", items: shuffled.map(({ id, text }) => ({ id, text })) };
    }
    case "tcs":
      return { ...base, type: "tcs", hypothesis: q.hypothesis, information: q.information };
    case "zone":
      return { ...base, type: "zone", segments: zoneSegments(q.text, q.zones) };
  }
}

/** Splits the zone text into plain runs and clickable zones (first occurrence of each zone's text, in order). */
export function zoneSegments(text: string, zones: { id: string; text: string }[]) {
  const placed: { id: string; start: number; end: number; text: string }[] = [];
  for (const z of zones) {
    let from = 0;
    for (;;) {
      const start = text.indexOf(z.text, from);
      if (start < 0) break;
      const end = start + z.text.length;
      if (!placed.some((p) => start < p.end && end > p.start)) {
        placed.push({ id: z.id, start, end, text: z.text });
        break;
      }
      from = start + 1;
    }
  }
  placed.sort((a, b) => a.start - b.start);
  const segments: ({ kind: "text"; text: string } | { kind: "zone"; id: string; text: string })[] = [];
  let cursor = 0;
  for (const p of placed) {
    if (p.start > cursor) segments.push({ kind: "text", text: text.slice(cursor, p.start) });
    segments.push({ kind: "zone", id: p.id, text: p.text });
    cursor = p.end;
  }
  if (cursor < text.length) segments.push({ kind: "text", text: text.slice(cursor) });
  return segments;
}
