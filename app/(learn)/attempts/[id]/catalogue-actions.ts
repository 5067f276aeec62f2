"use server";
import { z } from "zod";
import { getDb, writeDurably } from "@/db/client";
import { loadCatalogue } from "@/lib/content/catalogue-load";
import { getCurrentUser } from "@/lib/dal/session";
import { orderCatalogueTest } from "@/lib/dal/catalogue-play";
import type { PlayActionFailure } from "./actions";

/** What ordering a catalogue test earned: its result (or "non contributif"), under the label it is filed as. */
export type CatalogueOrderActionResult = { ok: true; testId: string; label: string; result: string } | PlayActionFailure;

const input = z.strictObject({ attempt: z.string().uuid(), test: z.string().min(1).max(100) });

/**
 * Orders a test from the shared catalogue (a stage whose menu is `catalogue`). A public endpoint: it
 * authenticates, validates, and the data layer checks ownership, the stage and its menu in one transaction.
 */
export async function orderCatalogueTestAction(attempt: string, test: string): Promise<CatalogueOrderActionResult> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, error: "unauthenticated" };
  const parsed = input.safeParse({ attempt, test });
  if (!parsed.success) return { ok: false, error: "invalid" };
  const catalogue = await loadCatalogue();
  const r = await writeDurably(() => orderCatalogueTest(getDb(), catalogue, user.id, parsed.data.attempt, parsed.data.test));
  return r.ok ? { ok: true, testId: r.testId, label: r.label, result: r.result } : { ok: false, error: r.error, message: r.message };
}
