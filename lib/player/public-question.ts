/**
 * The learner-safe projection of a question: no key, no feedback, no explanation. Choice options
 * and ordering items come in the attempt's own order, drawn from the seed (the attempt id).
 */
import type { Question } from "@/lib/content/schema";
import { findingView } from "./finding-view";
import type { NewInformationView, PublicQuestion } from "./view-types";
import { optionDisplay, orderingDisplay } from "./shuffle";

/** The seed of one question's order in one attempt: stable across resumes, the debrief and reviews. */
export const orderSeed = (attemptId: string, questionId: string) => `${attemptId}:${questionId}`;

/** The option ids of a choice question in the order this attempt shows them (null: not a choice question). */
export function optionOrder(q: Question, attemptId: string): string[] | null {
  if (q.type !== "qru" && q.type !== "qrm" && q.type !== "qrp") return null;
  return optionDisplay(q.options, orderSeed(attemptId, q.id)).map((o) => o.id);
}

function newInformation(q: Question, locale: "fr" | "en"): NewInformationView | undefined {
  const info = q.newInformation;
  if (!info || (!info.narrative && !info.findings?.length)) return undefined;
  return { narrative: info.narrative, findings: info.findings?.map((f) => findingView(f, locale)) };
}

export function publicQuestion(q: Question, attemptId: string, locale: "fr" | "en" = "fr"): PublicQuestion {
  const info = newInformation(q, locale);
  const base = { id: q.id, stem: q.stem, points: q.points, ...(info ? { newInformation: info } : {}) };
  const seed = orderSeed(attemptId, q.id);
  switch (q.type) {
    case "qru":
    case "qrm":
      return { ...base, type: q.type, options: optionDisplay(q.options, seed).map(({ id, text }) => ({ id, text })) };
    case "qrp":
      return { ...base, type: "qrp", n: q.n, longMenu: q.longMenu ?? false, options: optionDisplay(q.options, seed).map(({ id, text }) => ({ id, text })) };
    case "qroc":
      return { ...base, type: "qroc" };
    case "numeric":
      return { ...base, type: "numeric", unit: q.unit };
    case "ordering": {
      const byId = new Map(q.items.map((i) => [i.id, i]));
      const key = q.order.map((id) => byId.get(id)!).filter(Boolean);
      return { ...base, type: "ordering", items: orderingDisplay(q.items, key, seed).map(({ id, text }) => ({ id, text })) };
    }
    case "tcs":
      return { ...base, type: "tcs", hypothesis: q.hypothesis, information: q.information };
    case "zone":
      // Zones are passages of a text: they stay where the text has them.
      return { ...base, type: "zone", segments: zoneSegments(q.text, q.zones) };
    case "representation":
      // Nothing of the author's summary or qualifiers before the learner's own is submitted.
      return { ...base, type: "representation" };
    case "differential":
      // Alphabetical, never the authored order (which could follow the key); the ranking is never sent.
      return { ...base, type: "differential", diagnoses: diagnosisMenu(q.diagnoses, locale) };
  }
}
const collators: Partial<Record<"fr" | "en", Intl.Collator>> = {};

/** A differential's menu, sorted alphabetically (accents and case ignored). */
export function diagnosisMenu(diagnoses: readonly { id: string; text: string }[], locale: "fr" | "en"): { id: string; text: string }[] {
  const collator = (collators[locale] ??= new Intl.Collator(locale, { sensitivity: "base", numeric: true }));
  return diagnoses.map(({ id, text }) => ({ id, text })).sort((a, b) => collator.compare(a.text, b.text) || a.id.localeCompare(b.id));
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
