import fs from "node:fs";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { DEMO } from "./support";

export type DemoRole = keyof typeof DEMO;

/**
 * Where e2e/auth.setup.ts leaves each demo account's signed-in browser state: beside the run's
 * throwaway database, so that every run signs in afresh and nothing outlives it.
 */
export function storageStateOf(role: DemoRole): string {
  const db = process.env.E2E_DATABASE_PATH;
  if (!db) throw new Error("E2E_DATABASE_PATH manquant : lancez les tests avec `npm run test:e2e`.");
  return path.join(path.dirname(db), `storage-${role}.json`);
}

/** Like the `test` fixture: each context presents its own client address to the sign-in limiter. */
export function ownClientAddress() {
  const n = () => Math.floor(Math.random() * 250) + 1;
  return { extraHTTPHeaders: { "x-forwarded-for": `10.${n()}.${n()}.${n()}` } };
}

/** A second browser context already signed in as a demo account (no sign-in page rendered). */
export async function contextAs(browser: Browser, role: DemoRole): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ storageState: storageStateOf(role), ...ownClientAddress() });
  return { context, page: await context.newPage() };
}

/** Signs an existing browser context in as a demo account, keeping its device and options (mobile project). */
export async function signInAs(context: BrowserContext, role: DemoRole): Promise<void> {
  const state = JSON.parse(await fs.promises.readFile(storageStateOf(role), "utf8")) as { cookies: Parameters<BrowserContext["addCookies"]>[0] };
  await context.addCookies(state.cookies);
}
