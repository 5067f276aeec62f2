"use server";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { succeed, type ActionResult } from "@/lib/actions/result";
import { loadCatalogue } from "@/lib/content/catalogue-load";
import { orderMyCatalogueTest } from "@/lib/dal/catalogue-play";
import type { PlayError } from "@/lib/dal/attempt-play";

/** What ordering a catalogue test earned: its result (or "non contributif"), under the label it is filed as. */
export type CatalogueOrderActionResult = ActionResult<{ testId: string; label: string; result: string }, PlayError | "unauthenticated", never, { message?: string }>;

/**
 * Orders a test from the shared catalogue (a stage whose menu is `catalogue`). The data layer checks
 * ownership, the stage and its menu in one transaction.
 */
const order = defineAction({
  name: "order-catalogue-test",
  access: "signed-in",
  input: z.strictObject({ attempt: z.string().uuid(), test: z.string().min(1).max(100) }),
  run: async ({ attempt, test }, user) => {
    const catalogue = await loadCatalogue();
    const r = await orderMyCatalogueTest(user, catalogue, attempt, test);
    if (!r.ok) return { ok: false as const, code: r.error, ...(r.message === undefined ? {} : { message: r.message }) };
    return succeed({ testId: r.testId, label: r.label, result: r.result });
  },
});

export async function orderCatalogueTestAction(attempt: string, test: string): Promise<CatalogueOrderActionResult> {
  return order({ attempt, test });
}
