import type { Browser, BrowserContext, Page } from "@playwright/test";
import { expect, uniqueEmail, waitForHydrationOn } from "./support";
import { insertAccount, signInByRequest } from "./accounts";
import { ownClientAddress } from "./roles";
import { formatZonedInput } from "../lib/time/zone";

export const SENTINEL = { slug: "cas-sentinelle", option: "Cas sentinelle pour les tests — version 1" } as const;

export type Actor = { context: BrowserContext; page: Page; email: string; name: string };

export { ownClientAddress };

const PASSWORD = "motdepasse-solide";

/**
 * A fresh account in its own browser context, signed in, on no page yet (each test goes where it
 * needs). Written straight into the test database with its role and signed in through next-auth's
 * endpoint (e2e/accounts.ts): sign-up and role changes have their own tests (auth.spec, admin.spec).
 */
export async function newUser(browser: Browser, name: string, role: "student" | "instructor" = "student"): Promise<Actor> {
  const email = uniqueEmail(role);
  await insertAccount({ email, name, password: PASSWORD, role });
  const context = await browser.newContext(ownClientAddress());
  await signInByRequest(context.request, email, PASSWORD);
  const page = await context.newPage();
  // Also when the actor is prepared in a serial group's beforeAll, where the `page` fixture has not run.
  waitForHydrationOn(page);
  return { context, page, email, name };
}

/** Fresh instructor accounts (the server re-reads the role on every request). */
export async function newInstructors(browser: Browser, names: string[]): Promise<Actor[]> {
  const actors = [];
  for (const name of names) actors.push(await newUser(browser, name, "instructor"));
  return actors;
}

/** Creates a cohort from /teach; returns its id and join code. */
export async function createCohort(page: Page, name: string): Promise<{ id: string; code: string }> {
  await page.goto("/teach");
  await page.getByLabel("Nom de la cohorte").fill(name);
  await page.getByRole("button", { name: "Créer la cohorte" }).click();
  await page.waitForURL(/\/teach\/cohorts\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  const id = page.url().split("/").pop()!;
  const code = (await page.getByTestId("join-code").textContent())!.trim();
  return { id, code };
}

type AssignOptions = { mode?: "training" | "exam"; opensAt?: string; dueAt?: string; attempts?: number };

/** Assigns the sentinel case from the cohort page; returns the new assignment's id. */
export async function assignSentinel(page: Page, cohortId: string, options: AssignOptions = {}): Promise<string> {
  // Straight after createCohort (or another assignment) the page is already there: no second load.
  if (new URL(page.url()).pathname !== `/teach/cohorts/${cohortId}`) await page.goto(`/teach/cohorts/${cohortId}`);
  const before = await page.getByTestId("assignment-row").count();
  await page.getByLabel("Cas (version publiée)").selectOption({ label: SENTINEL.option });
  if (options.mode === "exam") await page.getByLabel("Mode").selectOption("exam");
  if (options.opensAt) await page.getByLabel("Ouverture").fill(options.opensAt);
  if (options.dueAt !== undefined) await page.getByLabel("Échéance (facultative)").fill(options.dueAt);
  if (options.attempts) await page.getByLabel("Tentatives autorisées").fill(String(options.attempts));
  await page.getByRole("button", { name: "Assigner", exact: true }).click();
  await expect(page.getByText("Le cas est assigné à la cohorte.")).toBeVisible();
  await expect(page.getByTestId("assignment-row")).toHaveCount(before + 1);
  const href = await page.getByTestId("assignment-row").last().getByRole("link", { name: /^Voir la revue/ }).getAttribute("href");
  return href!.split("/").pop()!;
}

/** Submits a code on /join (loaded once, then reused) and waits for the server's answer. */
export async function joinWithCode(page: Page, code: string) {
  if (new URL(page.url()).pathname !== "/join") await page.goto("/join");
  await page.getByLabel("Code de la cohorte").fill(code);
  const answered = page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/join");
  await page.getByRole("button", { name: "Rejoindre" }).click();
  await answered;
}

/** A "YYYY-MM-DDTHH:mm" value in the platform's time zone (the server's APP_TIME_ZONE), days from now (negative for the past). */
export function localDateTime(daysFromNow: number): string {
  return formatZonedInput(Date.now() + daysFromNow * 86_400_000, process.env.APP_TIME_ZONE || "Europe/Paris");
}

/**
 * The page answers as not found for this actor, asked with the actor's cookies but without rendering
 * it in the browser. Next sends a refused page as a shell whose RSC payload carries the not-found
 * digest (NEXT_HTTP_ERROR_FALLBACK;404), which a page that renders never carries; the status is 404,
 * or 200 where streaming had begun before the refusal. Returns the HTML for further checks.
 */
export async function expectNotFound(page: Page, path: string): Promise<string> {
  const response = await page.request.get(path);
  const html = await response.text();
  expect([404, 200], path).toContain(response.status());
  expect(new URL(response.url()).pathname, path).toBe(path.split("?")[0]);
  expect(html, path).toContain("NEXT_HTTP_ERROR_FALLBACK;404");
  return html;
}
