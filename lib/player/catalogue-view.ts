/**
 * The learner's view of a catalogue-menu stage. Invariant (PRODUCT.md rule 1): which tests the case
 * defines is never sent; only the catalogue (the same for every case) and what was ordered, each with
 * its result (the case's, or "non contributif").
 */
import { NON_CONTRIBUTORY_RESULT, nonContributoryTest, type Catalogue } from "@/lib/content/catalogue";
import type { Stage } from "@/lib/content/schema";
import type { CatalogueEntryView, InvestigationView } from "./view-types";

export function catalogueStageView(
  stage: Stage,
  ordered: ReadonlyMap<string, number>,
  catalogue: Catalogue | undefined,
  current: boolean,
): { investigations: InvestigationView[]; menuKind: "catalogue"; catalogue?: CatalogueEntryView[] } {
  const labels = new Map(catalogue?.tests.map((t) => [t.id, t.label]) ?? []);
  const investigations: InvestigationView[] = [];
  for (const [stored, orderedAt] of [...ordered].sort((a, b) => a[1] - b[1])) {
    const inv = stage.investigations.find((i) => i.id === stored);
    if (inv) {
      investigations.push({ id: inv.id, label: inv.label, cost: inv.cost, delay: inv.delay, result: inv.result, orderedAt });
      continue;
    }
    const test = nonContributoryTest(stage.id, stored);
    if (test !== null) investigations.push({ id: stored, label: labels.get(test) ?? test, result: NON_CONTRIBUTORY_RESULT, orderedAt });
  }
  return {
    investigations,
    menuKind: "catalogue",
    ...(current && catalogue ? { catalogue: catalogue.tests.map(({ id, label, synonyms }) => ({ id, label, synonyms })) } : {}),
  };
}
