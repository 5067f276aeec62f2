import type { BrowserContext, Page } from "@playwright/test";
import { test, expect, openSharedPage } from "./support";
import { apiSignIn, createAccount } from "./accounts";
import { Player } from "./player-page";

// A full case played by one learner, then their progress page: one test per step on one page, each
// within the suite's 60 s (one question at a time re-renders the page after each answer).
test.describe.serial("after a case, the student sees their mark over time, mastery by EDN item and objective, and the question they missed, on a phone too", () => {
  let context: BrowserContext;
  let page: Page;
  let player: Player;
  let mark: string;

  test.beforeAll(async ({ browser }) => {
    ({ context, page } = await openSharedPage(browser));
    const me = await createAccount({ name: "Élève Progression" });
    await apiSignIn(context, me.email, me.password);
    player = new Player(page);
  });
  test.afterAll(async () => {
    await context?.close();
  });

  test("stages 1 and 2 answered, question 1 missed", async () => {
    await player.start("cas-sentinelle", "training");
    await player.answerChoice("q1", ["Fièvre"]);
    await player.answerText("q2", "radiographie");
    await player.nextStage();
    await player.answerChoice("q3", ["CRP à 80 mg/L", "Opacité radiologique"]);
    await player.answerText("q4", "80");
    await player.nextStage();
  });

  test("stage 3 answered and the case finished", async () => {
    await player.answerTcs("q5", "Fortement plus probable");
    await player.answerOrdering("q6", ["Évaluer la gravité", "Débuter l'antibiothérapie", "Réévaluer à 48 heures"]);
    await player.answerLongMenu("q7", ["Amoxicilline", "Lévofloxacine"]);
    await player.answerZone("q8", ["fréquence respiratoire est à 32/min"]);
    await player.finish();
    mark = (await page.getByTestId("mark20").innerText()).replace("/20", "").trim();
  });

  test("the progress page, at 390 px: mark over time, mastery by EDN item and objective, the missed question", async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole("link", { name: "Ma progression" }).click();
    await expect(page.getByRole("heading", { name: "Ma progression", level: 1 })).toBeVisible();
    // The chart is named by its text summary, and its data is a table.
    await expect(page.getByRole("img", { name: `1 tentative terminée ; note ${mark}/20.` })).toBeVisible();
    await expect(page.getByRole("table", { name: "Notes sur 20 par date de fin" }).getByRole("row")).toHaveCount(2);
    await expect(page.getByRole("table", { name: "Notes sur 20 par date de fin" })).toContainText(`Cas sentinelle pour les tests${mark} / 20`);
    // Seven of the eight one-point questions right: 7 / 8 under the case's item, 185 rank A.
    const items = page.getByRole("table", { name: "Points obtenus par item EDN (R2C) et rang" });
    await expect(items.getByRole("row", { name: /^185 — Réaction inflammatoire : aspects biologiques et cliniques\. Conduite à tenir \(rang A\)/ })).toContainText("7 / 8");
    await expect(items).toContainText("88 %");
    const objectives = page.getByRole("table", { name: "Points obtenus par objectif pédagogique" });
    await expect(objectives.getByRole("row", { name: /^Objectif de test A/ })).toContainText("1 / 2");
    await expect(objectives.getByRole("row", { name: /^Objectif de test B/ })).toContainText("6 / 6");
    await expect(page.getByTestId("missed-questions").getByRole("listitem")).toHaveText(["Quel est le symptôme principal ?Cas sentinelle pour les tests · manquée 1 fois sur 1"]);
    // Readable at 390 px: nothing wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});
