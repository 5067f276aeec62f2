import { signInAs, type DemoRole } from "./roles";
import type { BrowserContext, Page } from "@playwright/test";
import { test, expect, expectAccessible, openSharedPage } from "./support";
import { apiSignIn, createAccount } from "./accounts";
import { Player } from "./player-page";

// One axe scan per page type, one page per test (a scan takes seconds on a slow machine). The other
// specs scan only the pages they alone reach (a cohort, a review, the player, the editor).
const pages: { path: string; as?: DemoRole; heading?: string }[] = [
  { path: "/signin" },
  { path: "/signup" },
  { path: "/introuvable", heading: "Page introuvable" },
  { path: "/admin/users", as: "admin", heading: "Utilisateurs et rôles" },
  { path: "/admin/audit", as: "admin", heading: "Journal d'audit" },
  { path: "/cases", as: "student" },
  { path: "/account", as: "student", heading: "Mon compte" },
  { path: "/teach", as: "instructor", heading: "Cohortes" },
];

for (const { path, as, heading } of pages) {
  test(`${path}${as ? ` (${as})` : ""} is accessible`, async ({ page }) => {
    if (as) await signInAs(page.context(), as);
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, ...(heading ? { name: heading, exact: true } : {}) })).toBeVisible();
    await expectAccessible(page);
  });
}

test("sign-up with errors is accessible", async ({ page }) => {
  await page.goto("/signup");
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  await page.getByText("Adresse e-mail invalide.").waitFor();
  await expectAccessible(page);
});

// One learner's missed question, then the pages it leads to, on one page: a test per page scanned.
test.describe.serial("progress and review pages are accessible", () => {
  let context: BrowserContext;
  let page: Page;
  let player: Player;

  test.beforeAll(async ({ browser }) => {
    ({ context, page } = await openSharedPage(browser));
    const me = await createAccount({ name: "Élève Accessible" });
    await apiSignIn(context, me.email, me.password);
    player = new Player(page);
  });
  test.afterAll(async () => {
    await context?.close();
  });

  test("after a missed question, the progress page", async () => {
    await player.start("cas-sentinelle", "training");
    await player.answerChoice("q1", ["Fièvre"]);
    await page.goto("/progress");
    await expectAccessible(page);
  });

  test("the review queue", async () => {
    await page.goto("/review");
    await expectAccessible(page);
  });

  test("a review card, before and after its answer", async () => {
    await page.getByTestId("due-reviews").getByRole("link", { name: "Revoir" }).click();
    await page.waitForURL(/\/review\/[0-9a-f-]{36}$/);
    await expectAccessible(page);
    await player.answerChoice("q1", ["Toux"]);
    await expect(page.getByTestId("review-outcome")).toBeVisible();
    await expectAccessible(page);
  });
});
