/**
 * Catalogue menus: a test of the shared catalogue that the stage does not define was answered
 * "non contributif" and costs what an unnecessary test costs (the stage's `nonContributoryPoints`,
 * default −0.5), with its reason in the debrief. Pure.
 */
import { DEFAULT_NON_CONTRIBUTORY_POINTS, nonContributoryTest } from "@/lib/content/catalogue";
import type { Stage } from "@/lib/content/schema";
import type { InvestigationScore } from "./types";

export function scoreNonContributory(
  stage: Pick<Stage, "id" | "menu" | "nonContributoryPoints">,
  orderedIds: readonly string[],
  score: InvestigationScore,
  labels?: ReadonlyMap<string, string>,
): InvestigationScore {
  if (stage.menu !== "catalogue") return score;
  const points = stage.nonContributoryPoints ?? DEFAULT_NON_CONTRIBUTORY_POINTS;
  const result = { ...score, wasteful: [...score.wasteful], reasons: [...score.reasons] };
  for (const stored of orderedIds) {
    const test = nonContributoryTest(stage.id, stored);
    if (test === null) continue;
    result.points += points;
    result.wasteful.push(stored);
    result.reasons.push({ rule: "investigation.non-contributory", params: { investigation: stored, label: labels?.get(test) ?? test, points } });
  }
  return result;
}
