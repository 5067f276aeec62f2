import type { Answer } from "@/lib/scoring/types";

/** Ids the learner picked in a choice or zone answer (empty for other types or no answer). */
export function chosenIds(answer: Answer | null): Set<string> {
  if (!answer) return new Set();
  if (answer.type === "qru") return new Set([answer.choice]);
  if (answer.type === "qrm" || answer.type === "qrp" || answer.type === "zone") return new Set(answer.choices);
  return new Set();
}
