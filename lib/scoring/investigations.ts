import type { Investigation } from "@/lib/content/schema";
import type { InvestigationScore, Reason } from "./types";

type Item = Pick<Investigation, "id" | "label" | "relevance" | "points">;

/**
 * Essential ordered → its points; essential missed → reported; unnecessary/harmful ordered → their
 * (negative) points; useful → its points as the case defines them (0 in practice). Ids that are not
 * in `investigations` (e.g. another stage's) are ignored.
 */
export function scoreInvestigations(investigations: readonly Item[], orderedIds: Iterable<string>): InvestigationScore {
  const ordered = new Set(orderedIds);
  const result: InvestigationScore = { points: 0, max: 0, orderedEssential: [], missedEssential: [], wasteful: [], reasons: [] };
  for (const inv of investigations) {
    const params = { investigation: inv.id, label: inv.label, points: inv.points };
    if (inv.relevance === "essential") result.max += inv.points;
    if (!ordered.has(inv.id)) {
      if (inv.relevance === "essential") {
        result.missedEssential.push(inv.id);
        result.reasons.push({ rule: "investigation.essential-missed", params });
      }
      continue;
    }
    result.points += inv.points;
    if (inv.relevance === "essential") result.orderedEssential.push(inv.id);
    if (inv.relevance === "unnecessary" || inv.relevance === "harmful") {
      result.wasteful.push(inv.id);
      const reason: Reason = { rule: `investigation.${inv.relevance}`, params };
      result.reasons.push(reason);
    }
  }
  return result;
}
