import { parsePath } from "@/lib/content/errors";
import type { Messages } from "@/messages";
import type { Translator } from "@/lib/i18n/translate";

const NUMBERED = ["stages", "questions", "options", "investigations", "findings", "objectives", "errata", "spoilers", "rows", "items", "zones", "accepted", "tags", "teachingPoints", "notes", "sources", "order", "tolerated"] as const;
type Numbered = (typeof NUMBERED)[number];

const NAMED = ["title", "summary", "language", "level", "estimatedMinutes", "examMinutes", "keyDecision", "source", "review", "status", "citation", "licence", "url", "id", "narrative", "stem", "explanation", "points", "n", "options", "text", "correct", "pmz", "inacceptable", "feedback", "answer", "unit", "tolerance", "rule", "perSwap", "fixed", "panel", "hypothesis", "information", "label", "relevance", "cost", "delay", "result", "rationale", "analyte", "value", "range", "flag", "date", "term", "revealedAt", "quote", "correction", "display", "longMenu", "sourceText", "slug"] as const;
type Named = (typeof NAMED)[number];

/** "stages[1].questions[0].options[2].text" → "Étape 2 › Question 1 › Option 3 › Texte". */
export function issueLocation(path: string, t: Translator<Messages>): string {
  const segments = parsePath(path);
  const parts: string[] = [];
  segments.forEach((s, k) => {
    const next = segments[k + 1];
    if (typeof s === "number") return;
    if ((NUMBERED as readonly string[]).includes(s) && typeof next === "number") parts.push(t(`editor.where.numbered.${s as Numbered}`, { n: next + 1 }));
    else if ((NAMED as readonly string[]).includes(s)) parts.push(t(`editor.where.named.${s as Named}`));
    else parts.push(s);
  });
  return parts.length > 0 ? parts.join(" › ") : t("editor.where.case");
}
