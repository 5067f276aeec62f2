import type { BrowserContext, Page } from "@playwright/test";
import { signInAs } from "./roles";
import { test, expect, expectAccessible, openSharedPage, sharedPlayer, signUp } from "./support";
import { Player } from "./player-page";
import { elementsPastContentBox, expectNoHorizontalScroll, itemsPastContentBox } from "./layout";

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
  const shared = sharedPlayer();

  test("stage 1: a test ordered, a QRU and a QROC answered with the keyboard", async () => {
    await shared.player().start("cas-sentinelle", "training");
    await expectNoHorizontalScroll(shared.page());

    // Order a test with the keyboard.
    await shared.page().getByRole("button", { name: "Demander : Radiographie thoracique" }).focus();
    await shared.page().keyboard.press("Enter");
    await expect(shared.page().getByText("RESULTSENTINELRADIO opacité basale droite.")).toBeVisible();

    // QRU: focus the first radio, select with Space, then Tab to the submit button and press Enter.
    const q1 = shared.player().question("q1");
    await q1.getByLabel("Toux", { exact: true }).focus();
    await shared.page().keyboard.press("Space");
    await expect(q1.getByLabel("Toux", { exact: true })).toBeChecked();
    await q1.getByRole("button", { name: "Valider ma réponse" }).focus();
    await shared.page().keyboard.press("Enter");
    await expect(q1.getByText("EXPLANATIONSENTINELQ1 la toux est le symptôme rapporté.")).toBeVisible();

    const q2 = shared.player().question("q2");
    await q2.getByRole("textbox").focus();
    await shared.page().keyboard.type("radiographie");
    await q2.getByRole("button", { name: "Valider ma réponse" }).focus();
    await shared.page().keyboard.press("Enter");
    await expect(q2.getByText("1 / 1")).toBeVisible();
  });

  test("stage 2: focus lands on the stage just opened; a QRM and a numeric answer with the keyboard", async () => {
    await shared.page().getByRole("button", { name: "Passer à l'étape suivante" }).focus();
    await shared.page().keyboard.press("Enter");
    await expect(shared.page().getByText("STAGETWONARRATIVE le scanner confirme une pneumopathie.")).toBeVisible();
    // Focus lands on the stage just opened.
    await expect(shared.page().getByRole("heading", { level: 2, name: "Résultats" })).toBeFocused();
    await expectNoHorizontalScroll(shared.page());

    const q3 = shared.player().question("q3");
    for (const label of ["CRP à 80 mg/L", "Opacité radiologique"]) {
      await q3.getByLabel(label, { exact: true }).focus();
      await shared.page().keyboard.press("Space");
    }
    await q3.getByRole("button", { name: "Valider ma réponse" }).focus();
    await shared.page().keyboard.press("Enter");
    await expect(q3.getByText("1 / 1")).toBeVisible();
    const q4 = shared.player().question("q4");
    await q4.getByRole("textbox").focus();
    await shared.page().keyboard.type("80");
    await q4.getByRole("button", { name: "Valider ma réponse" }).focus();
    await shared.page().keyboard.press("Enter");
    await expect(q4.getByText("1 / 1")).toBeVisible();
  });

  test("stage 3: TCS and ordering with the keyboard", async () => {
    await shared.page().getByRole("button", { name: "Passer à l'étape suivante" }).focus();
    await shared.page().keyboard.press("Enter");

    const q5 = shared.player().question("q5");
    await q5.getByRole("radio", { name: /Fortement plus probable/ }).focus();
    await shared.page().keyboard.press("Space");
    await q5.getByRole("button", { name: "Valider ma réponse" }).focus();
    await shared.page().keyboard.press("Enter");
    await expect(q5.getByText("1 / 1")).toBeVisible();
    // Ordering with the Monter buttons, by keyboard.
    const q6 = shared.player().question("q6");
    const wantedOrder = ["Évaluer la gravité", "Débuter l'antibiothérapie", "Réévaluer à 48 heures"];
    for (const [target, wanted] of wantedOrder.entries()) {
      while ((await shared.player().orderingItems("q6")).indexOf(wanted) > target) {
        await q6.getByRole("button", { name: `Monter « ${wanted} »` }).focus();
        await shared.page().keyboard.press("Enter");
      }
    }
    expect(await shared.player().orderingItems("q6")).toEqual(["Évaluer la gravité", "Débuter l'antibiothérapie", "Réévaluer à 48 heures"]);
    await q6.getByRole("button", { name: "Valider ma réponse" }).focus();
    await shared.page().keyboard.press("Enter");
    await expect(q6.getByText("1 / 1")).toBeVisible();
  });

  test("stage 3: long menu and zone with the keyboard, then the debrief: 20/20, nothing wider than the screen", async () => {
    // Long menu: search, then tick with Space.
    const q7 = shared.player().question("q7");
    for (const label of ["Amoxicilline", "Lévofloxacine"]) {
      await q7.getByLabel("Rechercher une proposition").focus();
      await shared.page().keyboard.press("ControlOrMeta+a");
      await shared.page().keyboard.type(label.slice(0, 6));
      await q7.getByLabel(label, { exact: true }).focus();
      await shared.page().keyboard.press("Space");
      await expect(q7.getByLabel(label, { exact: true })).toBeChecked();
    }
    await q7.getByRole("button", { name: "Valider ma réponse" }).focus();
    await shared.page().keyboard.press("Enter");
    await expect(q7.getByText("1 / 1")).toBeVisible();
    // Zone: the passage is a toggle button.
    const q8 = shared.player().question("q8");
    await q8.getByRole("button", { name: "fréquence respiratoire est à 32/min" }).focus();
    await shared.page().keyboard.press("Enter");
    await q8.getByRole("button", { name: "Valider ma réponse" }).focus();
    await shared.page().keyboard.press("Enter");
    await expect(q8.getByText("1 / 1")).toBeVisible();
    await expectNoHorizontalScroll(shared.page());
    await shared.page().getByRole("button", { name: "Terminer et voir le débriefing" }).focus();
    await shared.page().keyboard.press("Enter");
    await expect(shared.page().getByTestId("mark20")).toHaveText("20/20");
    await expectNoHorizontalScroll(shared.page());
  });
});

test.describe("a 390 px phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  // The sentinel case played to its debrief on one page: one test per step, each within the suite's 60 s.
  test.describe.serial("every question kind, the ordering items, the header and the debrief fit the width", () => {
    let context: BrowserContext;
    let page: Page;
    let player: Player;
    /** Nothing of an open question reaches past its card's padding (its lazily loaded input included). */
    const fits = async (id: string) => {
      await expect(player.question(id)).toHaveAttribute("data-ready", "");
      expect(await elementsPastContentBox(player.question(id))).toEqual([]);
    };

    test.beforeAll(async ({ browser }) => {
      ({ context, page } = await openSharedPage(browser, { viewport: { width: 390, height: 844 } }));
      await signUp(page);
      player = new Player(page);
    });
    test.afterAll(async () => {
      await context?.close();
    });

    test("stages 1 and 2 answered, each question and lab table fitting the width", async () => {
      await player.start("cas-sentinelle", "training");
      await fits("q1");
      await player.answerChoice("q1", ["Toux"]);
      await fits("q2");
      // Q2's new lab table is wider than its card on a phone: it scrolls in its own box, which says so.
      await expect(player.question("q2").getByTestId("scroll-hint")).toHaveText(["Faire défiler le tableau →"]);
      await expect(player.question("q2").getByRole("region", { name: "Gaz du sang" })).toHaveAccessibleDescription("Faire défiler le tableau");
      await player.answerText("q2", "radiographie");
      await player.nextStage();
      await fits("q3");
      // Stage 2's lab table fits the phone: no scrolling hint, no region to tab to.
      await expect(page.getByRole("table", { name: "Bilan" })).toBeVisible();
      await expect(page.getByTestId("stage-2").getByTestId("scroll-hint")).toHaveCount(0);
      await expect(page.getByTestId("stage-2").getByRole("region", { name: "Bilan" })).toHaveCount(0);
      await player.answerChoice("q3", ["CRP à 80 mg/L", "Opacité radiologique"]);
      await fits("q4");
      await player.answerText("q4", "80");
      await player.nextStage();
    });

    test("the ordering question on screen: every item, handle and buttons included, stays inside the card", async ({}, testInfo) => {
      await fits("q5");
      await player.answerTcs("q5", "Fortement plus probable");
      const q6 = player.question("q6");
      await player.orderingItems("q6");
      expect(await q6.getByRole("listitem").count()).toBe(3);
      expect(await itemsPastContentBox(q6, q6.getByRole("listitem"))).toEqual([]);
      await fits("q6");
      await q6.scrollIntoViewIfNeeded();
      await expectNoHorizontalScroll(page);
      await page.screenshot({ path: testInfo.outputPath("sentinel-ordering-390.png") });
      await page.evaluate(() => window.scrollTo(0, 0));
      await expectNoHorizontalScroll(page);
    });

    test("the last stage answered; the debrief accounts for the lost point and fits the width", async ({}, testInfo) => {
      await player.answerOrdering("q6", ["Évaluer la gravité", "Débuter l'antibiothérapie", "Réévaluer à 48 heures"]);
      await fits("q7");
      await player.answerLongMenu("q7", ["Amoxicilline", "Lévofloxacine"]);
      await fits("q8");
      await player.answerZone("q8", ["fréquence respiratoire est à 32/min"]);
      await expectNoHorizontalScroll(page);
      await player.finish();
      // Every question right, the essential test not ordered: 8 of 9 points.
      await expect(page.getByTestId("mark20")).toHaveText("17,78/20");
      // The summary accounts for the lost point: the unordered essential test, no question.
      await expect(page.getByTestId("lost-points").getByRole("listitem")).toHaveText(["Examens de l'étape 1 (Première consultation) : 0 / 1"]);
      await expectNoHorizontalScroll(page);
      // Stage 1 lost a point and opens; the two others are opened by hand, then every card is measured.
      await expect(page.getByTestId("debrief-stage-1")).toHaveAttribute("open", "");
      for (const n of [2, 3]) {
        await page.getByTestId(`debrief-stage-${n}`).locator("summary").click();
        await expect(page.getByTestId(`debrief-stage-${n}`)).toHaveAttribute("open", "");
      }
      await expectNoHorizontalScroll(page);
      for (const n of [1, 2, 3]) expect(await elementsPastContentBox(page.getByTestId(`debrief-stage-${n}`)), `stage ${n}`).toEqual([]);
      for (const id of ["q1", "q2", "q3", "q4", "q5", "q6", "q7", "q8"]) expect(await elementsPastContentBox(player.question(id)), id).toEqual([]);
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: testInfo.outputPath("sentinel-debrief-390.png") });
      await player.question("q6").scrollIntoViewIfNeeded();
      await page.screenshot({ path: testInfo.outputPath("sentinel-debrief-ordering-390.png") });
    });
  });

  // The lab tables of each case's first stage that are wider than a 390 px phone (the others fit).
  const wideTables = { "femme-75-ans-bicytopenie": ["Bilan initial"], "femme-41-ans-cancer-sein": [] } as const;
  for (const [slug, wide] of Object.entries(wideTables)) {
    test(`${slug}: its first stage, lab tables and first question fit the width`, async ({ page }, testInfo) => {
      await signUp(page);
      const player = new Player(page);
      await player.start(slug, "training");
      await expect(player.question("q1-1")).toHaveAttribute("data-ready", "");
      await expectNoHorizontalScroll(page);
      await page.screenshot({ path: testInfo.outputPath(`${slug}-top-390.png`) });
      const stage = page.getByTestId("stage-1");
      expect(await elementsPastContentBox(stage)).toEqual([]);
      expect(await elementsPastContentBox(player.question("q1-1"))).toEqual([]);
      // A table wider than the screen scrolls inside its own box, which says so and takes the keyboard.
      await expect(stage.getByTestId("scroll-hint")).toHaveText(wide.map(() => "Faire défiler le tableau →"));
      for (const title of wide) {
        const box = stage.getByRole("region", { name: title });
        await expect(box).toHaveAccessibleDescription("Faire défiler le tableau");
        expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
        await box.scrollIntoViewIfNeeded();
        await page.screenshot({ path: testInfo.outputPath(`${slug}-table-390.png`) });
        await box.focus();
        await page.keyboard.press("ArrowRight");
        await expect.poll(() => box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
        await expectNoHorizontalScroll(page);
        await page.screenshot({ path: testInfo.outputPath(`${slug}-table-scrolled-390.png`) });
      }
      await player.question("q1-1").scrollIntoViewIfNeeded();
      await page.screenshot({ path: testInfo.outputPath(`${slug}-question-390.png`) });
      await expectNoHorizontalScroll(page);
      // axe at phone width: among others, a region that scrolls must be reachable by keyboard.
      await expectAccessible(page);
    });
  }
});
