import type { Translator } from "@/lib/i18n/translate";
import type { Messages } from "@/messages";

const FIELDS = ["title", "summary", "language", "tags", "level", "estimatedMinutes", "examMinutes", "objectives", "keyDecision", "teachingPoints", "source", "review", "errata", "spoilers", "stages"] as const;

/** "stages[1].questions[0].options" → "Étape 2 › questions[0].options"; "source.citation" → "Source › citation". */
export function readablePath(path: string, t: Translator<Messages>): string {
  if (!path) return t("authoring.home.whole");
  const stage = /^stages\[(\d+)\]\.?/.exec(path);
  if (stage) {
    const rest = path.slice(stage[0].length);
    return [t("authoring.home.stageLabel", { n: Number(stage[1]) + 1 }), rest].filter(Boolean).join(" › ");
  }
  const head = /^[A-Za-z]+/.exec(path)?.[0] ?? "";
  const field = FIELDS.find((f) => f === head);
  if (!field) return path;
  const rest = path.slice(head.length).replace(/^\./, "");
  return [t(`authoring.home.fields.${field}`), rest].filter(Boolean).join(" › ");
}
