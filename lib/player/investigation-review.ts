/** The debrief's view of a stage's investigation menu: every item with its class, points, rationale and result. */
import type { Investigation } from "@/lib/content/schema";

export type ReviewedInvestigation = Pick<Investigation, "id" | "label" | "relevance" | "points" | "rationale" | "result"> & { ordered: boolean };

export function reviewInvestigations(items: readonly Investigation[], ordered: { has(id: string): boolean }): ReviewedInvestigation[] {
  return items.map(({ id, label, relevance, points, rationale, result }) => ({ id, label, relevance, points, ordered: ordered.has(id), rationale, result }));
}
