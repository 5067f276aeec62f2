/** Mentions of dictionary drugs in a folded text, longest first when they overlap. */
import { DRUGS } from "./drugs";
import { flexibleSpaces } from "../text/flexible-spaces";
import type { Span } from "../types";

export type DrugMention = Span & { key: string };

const MATCHERS = DRUGS.map((d) => ({ key: d.key, re: new RegExp(`(?<![\\p{L}\\d])(?:${flexibleSpaces(d.names.join("|"))})(?![\\p{L}\\d])`, "gu") }));

export function findDrugMentions(folded: string): DrugMention[] {
  const all: DrugMention[] = [];
  for (const { key, re } of MATCHERS) for (const m of folded.matchAll(re)) all.push({ key, start: m.index, end: m.index + m[0].length });
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: DrugMention[] = [];
  for (const m of all) if (!kept.length || m.start >= kept[kept.length - 1].end) kept.push(m);
  return kept;
}
