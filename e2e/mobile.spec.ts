import type { BrowserContext, Page } from "@playwright/test";
import { signInAs } from "./roles";
import { test, expect, openSharedPage, signUp } from "./support";
import { Player } from "./player-page";

async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test("sign-in and admin pages fit a 375 px screen", async ({ page }) => {
  await page.goto("/signin");
  await expectNoHorizontalScroll(page);
  await signInAs(page.context(), "admin");
  await page.goto("/admin/users");
  await expect(page.getByRole("heading", { name: "Utilisateurs et rôles" })).toBeVisible();
  await expectNoHorizontalScroll(page);
});

// The sentinel case played with the keyboard on one 375 px page: one test per stage, each within the
// suite's 60 s.
test.describe.serial("a case is played on a 375 px screen with the keyboard alone", () => {
  let context: BrowserContext;
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

  test("stage 1: a test ordered, a QRU and a QROC answered with the keyboard", async () => {
    await player.start("cas-sentinelle", "training");
    await expectNoHorizontalScroll(page);

    // Order a test with the keyboard.
    await page.getByRole("button", { name: "Demander : Radiographie thoracique" }).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByText("RESULTSENTINELRADIO opacité basale droite.")).toBeVisible();

    // QRU: focus the first radio, select with Space, then Tab to the submit button and press Enter.
    const q1 = player.question("q1");
    await q1.getByLabel("Toux", { exact: true }).focus();
    await page.keyboard.press("Space");
    await expect(q1.getByLabel("Toux", { exact: true })).toBeChecked();
    await q1.getByRole("button", { name: "Valider ma réponse" }).focus();
    await page.keyboard.press("Enter");
    await expect(q1.getByText("EXPLANATIONSENTINELQ1 la toux est le symptôme rapporté.")).toBeVisible();

    const q2 = player.question("q2");
    await q2.getByRole("textbox").focus();
    await page.keyboard.type("radiographie");
    await q2.getByRole("button", { name: "Valider ma réponse" }).focus();
    await page.keyboard.press("Enter");
    await expect(q2.getByText("1 / 1")).toBeVisible();
  });

  test("stage 2: focus lands on the stage just opened; a QRM and a numeric answer with the keyboard", async () => {
    await page.getByRole("button", { name: "Passer à l'étape suivante" }).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByText("STAGETWONARRATIVE le scanner confirme une pneumopathie.")).toBeVisible();
    // Focus lands on the stage just opened.
    await expect(page.getByRole("heading", { level: 2, name: "Résultats" })).toBeFocused();
    await expectNoHorizontalScroll(page);

    const q3 = player.question("q3");
    for (const label of ["CRP à 80 mg/L", "Opacité radiologique"]) {
      await q3.getByLabel(label, { exact: true }).focus();
      await page.keyboard.press("Space");
    }
    await q3.getByRole("button", { name: "Valider ma réponse" }).focus();
    await page.keyboard.press("Enter");
    await expect(q3.getByText("1 / 1")).toBeVisible();
    const q4 = player.question("q4");
    await q4.getByRole("textbox").focus();
    await page.keyboard.type("80");
    await q4.getByRole("button", { name: "Valider ma réponse" }).focus();
    await page.keyboard.press("Enter");
    await expect(q4.getByText("1 / 1")).toBeVisible();
  });

  test("stage 3: TCS and ordering with the keyboard", async () => {
    await page.getByRole("button", { name: "Passer à l'étape suivante" }).focus();
    await page.keyboard.press("Enter");

    const q5 = player.question("q5");
    await q5.getByRole("radio", { name: /Fortement plus probable/ }).focus();
    await page.keyboard.press("Space");
    await q5.getByRole("button", { name: "Valider ma réponse" }).focus();
    await page.keyboard.press("Enter");
    await expect(q5.getByText("1 / 1")).toBeVisible();
    // Ordering with the Monter buttons, by keyboard.
    const q6 = player.question("q6");
    const wantedOrder = ["Évaluer la gravité", "Débuter l'antibiothérapie", "Réévaluer à 48 heures"];
    for (const [target, wanted] of wantedOrder.entries()) {
      while ((await player.orderingItems("q6")).indexOf(wanted) > target) {
        await q6.getByRole("button", { name: `Monter « ${wanted} »` }).focus();
        await page.keyboard.press("Enter");
      }
    }
    expect(await player.orderingItems("q6")).toEqual(["Évaluer la gravité", "Débuter l'antibiothérapie", "Réévaluer à 48 heures"]);
    await q6.getByRole("button", { name: "Valider ma réponse" }).focus();
    await page.keyboard.press("Enter");
    await expect(q6.getByText("1 / 1")).toBeVisible();
  });

  test("stage 3: long menu and zone with the keyboard, then the debrief: 20/20, nothing wider than the screen", async () => {
    // Long menu: search, then tick with Space.
    const q7 = player.question("q7");
    for (const label of ["Amoxicilline", "Lévofloxacine"]) {
      await q7.getByLabel("Rechercher une proposition").focus();
      await page.keyboard.press("ControlOrMeta+a");
      await page.keyboard.type(label.slice(0, 6));
      await q7.getByLabel(label, { exact: true }).focus();
      await page.keyboard.press("Space");
      await expect(q7.getByLabel(label, { exact: true })).toBeChecked();
    }
    await q7.getByRole("button", { name: "Valider ma réponse" }).focus();
    await page.keyboard.press("Enter");
    await expect(q7.getByText("1 / 1")).toBeVisible();
    // Zone: the passage is a toggle button.
    const q8 = player.question("q8");
    await q8.getByRole("button", { name: "fréquence respiratoire est à 32/min" }).focus();
    await page.keyboard.press("Enter");
    await q8.getByRole("button", { name: "Valider ma réponse" }).focus();
    await page.keyboard.press("Enter");
    await expect(q8.getByText("1 / 1")).toBeVisible();
    await expectNoHorizontalScroll(page);
    await page.getByRole("button", { name: "Terminer et voir le débriefing" }).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("mark20")).toHaveText("20/20");
    await expectNoHorizontalScroll(page);
  });
});

test.describe("a 390 px phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  // The sentinel case played to its debrief on one page: one test per step, each within the suite's 60 s.
  test.describe.serial("the player with an ordering question, its header and the debrief have no horizontal overflow", () => {
    let context: BrowserContext;
    let page: Page;
    let player: Player;

    test.beforeAll(async ({ browser }) => {
      ({ context, page } = await openSharedPage(browser, { viewport: { width: 390, height: 844 } }));
      await signUp(page);
      player = new Player(page);
    });
    test.afterAll(async () => {
      await context?.close();
    });

    test("stages 1 and 2 answered", async () => {
      await player.start("cas-sentinelle", "training");
      await player.answerChoice("q1", ["Toux"]);
      await player.answerText("q2", "radiographie");
      await player.nextStage();
      await player.answerChoice("q3", ["CRP à 80 mg/L", "Opacité radiologique"]);
      await player.answerText("q4", "80");
      await player.nextStage();
    });

    test("the ordering question on screen: its items and their buttons fit the width", async ({}, testInfo) => {
      await player.answerTcs("q5", "Fortement plus probable");
      await player.orderingItems("q6");
      await player.question("q6").scrollIntoViewIfNeeded();
      await expectNoHorizontalScroll(page);
      await page.screenshot({ path: testInfo.outputPath("sentinel-ordering-390.png") });
      await page.evaluate(() => window.scrollTo(0, 0));
      await expectNoHorizontalScroll(page);
    });

    test("the last stage answered; the debrief accounts for the lost point and fits the width", async ({}, testInfo) => {
      await player.answerOrdering("q6", ["Évaluer la gravité", "Débuter l'antibiothérapie", "Réévaluer à 48 heures"]);
      await player.answerLongMenu("q7", ["Amoxicilline", "Lévofloxacine"]);
      await player.answerZone("q8", ["fréquence respiratoire est à 32/min"]);
      await player.finish();
      // Every question right, the essential test not ordered: 8 of 9 points.
      await expect(page.getByTestId("mark20")).toHaveText("17,78/20");
      // The summary accounts for the lost point: the unordered essential test, no question.
      await expect(page.getByTestId("lost-points").getByRole("listitem")).toHaveText(["Examens de l'étape 1 (Première consultation) : 0 / 1"]);
      await expectNoHorizontalScroll(page);
      await page.screenshot({ path: testInfo.outputPath("sentinel-debrief-390.png") });
    });
  });

  for (const slug of ["femme-75-ans-bicytopenie", "femme-41-ans-cancer-sein"]) {
    test(`${slug}: its first stage, lab tables and first question fit the width`, async ({ page }, testInfo) => {
      await signUp(page);
      const player = new Player(page);
      await player.start(slug, "training");
      await expect(player.question("q1-1")).toBeVisible();
      await expectNoHorizontalScroll(page);
      await page.screenshot({ path: testInfo.outputPath(`${slug}-top-390.png`) });
      const tables = page.getByTestId("stage-1").locator("table");
      if ((await tables.count()) > 0) {
        await tables.first().scrollIntoViewIfNeeded();
        await page.screenshot({ path: testInfo.outputPath(`${slug}-table-390.png`) });
      }
      await player.question("q1-1").scrollIntoViewIfNeeded();
      await page.screenshot({ path: testInfo.outputPath(`${slug}-question-390.png`) });
      await expectNoHorizontalScroll(page);
    });
  }
});
