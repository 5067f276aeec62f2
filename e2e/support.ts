import { test as base, expect, type Browser, type BrowserContext, type BrowserContextOptions, type Page, type Response } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { insertAccount, signInByRequest, uniqueEmail } from "./accounts";
import { Player } from "./player-page";

export { uniqueEmail };

export const DEMO = {
  student: { email: "student@demo.test", password: "student-demo" },
  instructor: { email: "instructor@demo.test", password: "instructor-demo" },
  admin: { email: "admin@demo.test", password: "admin-demo" },
} as const;

export async function signIn(page: Page, email: string, password: string) {
  await page.goto("/signin");
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe").fill(password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/signin"));
  await expect(page.getByTestId("current-user")).toBeVisible();
}

/**
 * A fresh student account, signed in, on no page yet (the test goes where it needs). Prepared
 * without the sign-up UI (see e2e/accounts.ts): on a slow machine, a test about cohorts or reviews
 * should not spend its time rendering sign-up forms. The sign-up form itself is tested with
 * signUpThroughUi.
 */
export async function signUp(page: Page, opts: { email?: string; name?: string; password?: string } = {}) {
  const email = opts.email ?? uniqueEmail();
  const password = opts.password ?? "motdepasse-solide";
  const name = opts.name ?? "Test Étudiant";
  await insertAccount({ email, name, password });
  await signInByRequest(page.request, email, password);
  return { email, password, name };
}

/** Signs up through the form, as a new user does (e2e/auth.spec.ts). */
export async function signUpThroughUi(page: Page, opts: { email?: string; name?: string; password?: string } = {}) {
  const email = opts.email ?? uniqueEmail();
  const password = opts.password ?? "motdepasse-solide";
  const name = opts.name ?? "Test Étudiant";
  await page.goto("/signup");
  await page.getByLabel("Nom affiché").fill(name);
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe (8 caractères minimum)").fill(password);
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  // Sign-up answers the same whether the address was free or taken, and does not sign in.
  await expect(page.getByTestId("signup-done")).toBeVisible();
  await signIn(page, email, password);
  await expect(page.getByTestId("current-user")).toContainText(name);
  return { email, password, name };
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: "Se déconnecter", exact: true }).click();
  await expect(page).toHaveURL(/\/signin/);
}

/** No serious or critical accessibility violation on the current page. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}

/** A random private address, one per browser context (see the `extraHTTPHeaders` fixture). */
function clientAddress(): string {
  const n = () => Math.floor(Math.random() * 250) + 1;
  return `10.${n()}.${n()}.${n()}`;
}

const patched = Symbol("progressif.waitForHydration");

/** After a full load of an HTML page, wait until React has hydrated it (the root layout marks `<html data-hydrated>`). */
async function settle(page: Page, response: Response | null): Promise<Response | null> {
  if (response && (response.headers()["content-type"] ?? "").includes("text/html")) {
    await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
  }
  return response;
}

/**
 * Every goto and reload, in every browser context of the worker, waits for hydration: a click on
 * server-rendered HTML before React has attached its handlers would be lost on a slow machine.
 */
export function waitForHydrationOn(page: Page) {
  const proto = Object.getPrototypeOf(page) as Page & { [patched]?: true };
  if (proto[patched]) return;
  const { goto, reload } = proto;
  proto.goto = async function (this: Page, ...args: Parameters<Page["goto"]>) {
    return settle(this, await goto.apply(this, args));
  };
  proto.reload = async function (this: Page, ...args: Parameters<Page["reload"]>) {
    return settle(this, await reload.apply(this, args));
  };
  proto[patched] = true;
}

/**
 * A page shared by the tests of a `test.describe.serial` group (a long scenario cut into stages that
 * each fit the suite's 60 s): open it in `beforeAll`, close its context in `afterAll`. In a hook,
 * `browser.newContext` takes the project's and the group's options (device, viewport); the context
 * presents its own client address and its pages wait for hydration, as the `page` fixture's do.
 */
export async function openSharedPage(browser: Browser, options: BrowserContextOptions = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": clientAddress() }, ...options });
  const page = await context.newPage();
  waitForHydrationOn(page);
  return { context, page };
}

/**
 * A fresh student on a page shared by the tests of the `test.describe.serial` group it is called in
 * (a case played by one learner, cut into steps that each fit the suite's 60 s): signed up in
 * `beforeAll`, closed in `afterAll`. A failed step skips the rest of the group.
 */
export function sharedPlayer(): { page: () => Page; player: () => Player } {
  let context: BrowserContext | undefined;
  let page: Page;
  let player: Player;
  test.beforeAll(async ({ browser }) => {
    ({ context, page } = await openSharedPage(browser));
    await signUp(page);
    player = new Player(page);
  });
  test.afterAll(async () => {
    await context?.close();
  });
  return { page: () => page, player: () => player };
}

export const test = base.extend<{ waitForHydration: void }>({
  waitForHydration: [
    async ({ page }, provide) => {
      waitForHydrationOn(page);
      await provide();
    },
    { auto: true },
  ],
  // Each test's browser context presents its own client address, so that the per-client sign-in limit
  // (shared by everything coming from 127.0.0.1) does not couple unrelated tests.
  extraHTTPHeaders: async ({}, provide) => {
    await provide({ "x-forwarded-for": clientAddress() });
  },
});
export { expect };
