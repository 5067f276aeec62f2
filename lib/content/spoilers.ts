/**
 * No-spoiler check: a term that gives the diagnosis away must not be shown before the stage that
 * reveals it. Shown before play: title, summary, tags, objectives. Shown during stage k: every text
 * of stage k (narrative, findings, investigations, questions with their options, explanations and
 * feedback, errata attached to the stage). Not checked: keyDecision and teachingPoints (debrief
 * only) and `source` quotes (provenance, shown in the debrief).
 */
import { normalizeText } from "@/lib/scoring/normalize";
import type { CaseError, PathSegment } from "./errors";
import { errorIn } from "./errors";
import type { CaseDefinition } from "./schema";

/** Keys whose values are identifiers, enums, or provenance rather than text shown in play. */
const SKIPPED_KEYS = new Set(["id", "type", "kind", "relevance", "flag", "objectives", "errata", "order", "fixed", "tolerated", "source", "sources"]);

type Text = { path: PathSegment[]; text: string };

function collectTexts(value: unknown, path: PathSegment[], out: Text[]): Text[] {
  if (typeof value === "string") out.push({ path, text: value });
  else if (Array.isArray(value)) value.forEach((v, i) => collectTexts(v, [...path, i], out));
  else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) if (!SKIPPED_KEYS.has(k)) collectTexts(v, [...path, k], out);
  }
  return out;
}

/**
 * Case- and accent-insensitive, whole words only ("LAM" does not match "lamelle"), and each word may
 * take a plural -s/-x ("leucémie aiguë" matches "leucémies aiguës").
 */
export function spoilerMatcher(term: string): (text: string) => boolean {
  const words = normalizeText(term).split(" ").filter(Boolean);
  if (words.length === 0) return () => false;
  const re = new RegExp(`(?:^| )${words.map((w) => `${w}(?:s|x)?`).join(" ")}(?: |$)`);
  return (text) => re.test(normalizeText(text));
}

export function checkSpoilers(caseDef: CaseDefinition, stageFiles: readonly string[]): CaseError[] {
  const errors: CaseError[] = [];
  const stageIndex = new Map(caseDef.stages.map((s, i) => [s.id, i]));
  const shownBeforePlay: Text[] = [
    { path: ["title"], text: caseDef.title },
    { path: ["summary"], text: caseDef.summary },
    ...caseDef.tags.map((text, i) => ({ path: ["tags", i], text })),
    ...caseDef.objectives.map((o, i) => ({ path: ["objectives", i, "text"], text: o.text })),
  ];
  const errata = new Map(caseDef.errata.map((e) => [e.id, `${e.quote}\n${e.correction}`]));

  caseDef.spoilers.forEach(({ term, revealedAt }) => {
    const reveal = stageIndex.get(revealedAt);
    if (reveal === undefined) return; // reported by checkCase as a dangling stage id
    const matches = spoilerMatcher(term);
    const where = `avant l'étape « ${revealedAt} » qui le révèle`;
    const inCase = errorIn("case.yaml");
    for (const t of shownBeforePlay) {
      if (matches(t.text)) errors.push(inCase(t.path, `terme révélateur « ${term} » affiché avant le début du cas (${where})`));
    }
    caseDef.stages.slice(0, reveal).forEach((stage, i) => {
      const inStage = errorIn(stageFiles[i] ?? `stage ${i + 1}`);
      for (const t of collectTexts(stage, [], [])) {
        if (matches(t.text)) errors.push(inStage(t.path, `terme révélateur « ${term} » ${where}`));
      }
      stage.errata.forEach((id, k) => {
        const text = errata.get(id);
        if (text && matches(text)) errors.push(inStage(["errata", k], `terme révélateur « ${term} » dans l'erratum « ${id} » affiché ${where}`));
      });
    });
  });
  return errors;
}
