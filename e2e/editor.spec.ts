import type { BrowserContext, Locator, Page } from "@playwright/test";
import { signInAs } from "./roles";
import { test, expect, expectAccessible, openSharedPage } from "./support";

/**
 * The case editor, as the demo instructor uses it on a draft of their own: a copy of the sentinel
 * case, exported and re-imported as a zip (each test makes its own copy).
 */
async function openDraftEditor(page: Page): Promise<string> {
  await signInAs(page.context(), "instructor");
  await page.goto("/teach/cases");
  const bundled = page.getByTestId("bundled-cases").getByRole("link", { name: "Cas sentinelle pour les tests" });
  const bundledId = (await bundled.getAttribute("href"))!.split("/").pop()!;
  const zip = await page.request.get(`/api/teach/cases/${bundledId}/export`);
  expect(zip.ok()).toBe(true);
  await page.getByLabel("Dossier de cas (.zip, 5 Mo au plus)").setInputFiles({ name: "sentinelle.zip", mimeType: "application/zip", buffer: await zip.body() });
  await page.getByRole("button", { name: "Importer le dossier" }).click();
  await page.waitForURL(/\/teach\/cases\/[^/?]+\?imported=1$/);
  const caseId = new URL(page.url()).pathname.split("/").pop()!;
  await page.goto(`/teach/cases/${caseId}/edit`);
  await expect(page.getByRole("heading", { level: 1, name: "Modifier « Cas sentinelle pour les tests »" })).toBeVisible();
  await expect(page.getByTestId("save-status")).toHaveText(/^Enregistré/);
  return caseId;
}

/** The panel of stage `n` (1-based), opened. */
async function openStage(page: Page, n: number): Promise<Locator> {
  const stage = page.locator(`#f-stages-${n - 1}`);
  if ((await stage.getAttribute("open")) === null) await stage.getByRole("heading", { name: new RegExp(`^Étape ${n} :`) }).click();
  await expect(stage).toHaveAttribute("open", "");
  return stage;
}

/**
 * Adds a question of the given type to the stage, which holds `before` questions (from the fixture:
 * waited for, not read at once, so that a panel still rendering is not counted short); returns the new
 * question's (open) panel.
 */
async function addQuestion(page: Page, stage: Locator, stageIndex: number, type: string, before: number): Promise<Locator> {
  await expect(stage.getByRole("heading", { name: /^Question \d+ ·/ })).toHaveCount(before);
  await stage.getByLabel("Type de question").selectOption({ label: type });
  await stage.getByRole("button", { name: "Ajouter la question" }).click();
  const panel = page.locator(`#f-stages-${stageIndex}-questions-${before}`);
  await expect(panel).toHaveAttribute("open", "");
  await expect(panel.getByLabel("Énoncé", { exact: true })).toBeFocused();
  return panel;
}

async function fillCommon(panel: Locator, stem: string, explanation: string) {
  await panel.getByLabel("Énoncé", { exact: true }).fill(stem);
  await panel.getByLabel("Explication (correction)").fill(explanation);
  await panel.getByLabel("Objectif de test A").check();
}

// One draft on one page, in steps that each fit the suite's 60 s on a slow machine.
test.describe.serial("an instructor writes questions with inline checks, autosave and a refused then accepted publication", () => {
  let context: BrowserContext;
  let page: Page;

  test.beforeAll(async ({ browser }) => {
    ({ context, page } = await openSharedPage(browser));
  });
  test.afterAll(async () => {
    await context?.close();
  });

  test("a QRM without a right option: flagged inline, publication refused with a link to the field, then fixed", async () => {
    await openDraftEditor(page);
    const stage = await openStage(page, 1);

    // A QRM without a right option: the error is shown next to the options and blocks publication.
    // Stage 1 of the sentinel has two questions.
    const qrm = await addQuestion(page, stage, 0, "QRM — réponses multiples", 2);
    await fillCommon(qrm, "Quels signes cherchez-vous à l'examen ?", "Auscultation et fréquence respiratoire.");
    for (const [letter, text] of [["A", "Crépitants"], ["B", "Fièvre"], ["C", "Souffle tubaire"], ["D", "Tirage"], ["E", "Cyanose"]]) {
      await qrm.getByLabel(`Texte de l'option ${letter}`).fill(text);
    }
    const options = qrm.getByRole("group", { name: "Options (5)" });
    await expect(options.getByText("Erreur : cochez au moins une bonne réponse.")).toBeVisible();
    await expect(options).toHaveAccessibleDescription(/cochez au moins une bonne réponse/);
    await expect(qrm.getByRole("heading", { name: /^Question 3 · QRM/ })).toBeVisible();

    await page.getByRole("button", { name: "Publier" }).click();
    const refused = page.getByTestId("server-issues");
    await expect(refused.getByRole("heading", { name: "Publication refusée : 1 erreur(s) à corriger" })).toBeFocused();
    await expect(refused).toContainText("une QRM doit avoir au moins une bonne réponse");
    // The issue links to the field it is about, opening the panels around it.
    await stage.getByRole("heading", { name: /^Étape 1 :/ }).click();
    await expect(stage).not.toHaveAttribute("open", "");
    await refused.getByRole("link", { name: "Étape 1 › Question 3 › Options" }).click();
    await expect(options).toBeFocused();

    // Fixed: one right option.
    await qrm.getByLabel("Bonne réponse (B)").check();
    await expect(options.getByText("Erreur : cochez au moins une bonne réponse.")).toHaveCount(0);
  });

  test("a QROC with a synonym (a spoiler flagged first) and a numeric question with its unit, saved automatically", async () => {
    const stage = await openStage(page, 1);
    // A QROC with an answer and a synonym; a spoiler term in its stem, before the stage that reveals it, is an error.
    const qroc = await addQuestion(page, stage, 0, "QROC — réponse ouverte courte", 3);
    await fillCommon(qroc, "Quel diagnostic évoquez-vous ? Une pneumopathie ?", "Toux fébrile.");
    await expect(qroc.getByText("Erreur : « pneumopathie » apparaît avant l'étape « Résultats » qui le révèle.")).toBeVisible();
    await qroc.getByLabel("Énoncé", { exact: true }).fill("Quel diagnostic évoquez-vous ?");
    await qroc.getByLabel("Réponse attendue", { exact: true }).fill("bronchite aiguë");
    await qroc.getByRole("button", { name: "Ajouter un synonyme" }).click();
    await expect(qroc.getByLabel("Synonyme 1", { exact: true })).toBeFocused();
    await page.keyboard.type("bronchite");

    // A numeric question: the missing unit is flagged on the field itself.
    const numeric = await addQuestion(page, stage, 0, "Valeur numérique", 4);
    await fillCommon(numeric, "Quelle température mesurez-vous ?", "Fièvre modérée.");
    await numeric.getByLabel("Valeur attendue").fill("38,5");
    const unit = numeric.getByLabel("Unité", { exact: true });
    await expect(unit).toHaveAttribute("aria-invalid", "true");
    await expect(unit).toHaveAccessibleDescription(/indiquez l'unité/);
    await unit.fill("°C");
    await expect(unit).not.toHaveAttribute("aria-invalid", "true");
    await numeric.getByLabel("Tolérance (±)").fill("0,2");

    // Saved automatically a moment after the last change.
    const status = page.getByTestId("save-status");
    await expect(status).not.toHaveText(/^Enregistré à/);
    await expect(status).toHaveText(/^Enregistré à \d{1,2}:\d{2}/, { timeout: 15_000 });
  });

  test("the changes survive a reload, and the draft publishes", async () => {
    // The changes survive a reload.
    await page.reload();
    const again = await openStage(page, 1);
    const qrmAgain = page.locator("#f-stages-0-questions-2");
    await qrmAgain.getByRole("heading").click();
    await expect(qrmAgain.getByLabel("Bonne réponse (B)")).toBeChecked();
    await expect(qrmAgain.getByLabel("Texte de l'option E")).toHaveValue("Cyanose");
    const qrocAgain = page.locator("#f-stages-0-questions-3");
    await qrocAgain.getByRole("heading").click();
    await expect(qrocAgain.getByLabel("Réponse attendue", { exact: true })).toHaveValue("bronchite aiguë");
    await expect(qrocAgain.getByLabel("Synonyme 1", { exact: true })).toHaveValue("bronchite");
    const numericAgain = page.locator("#f-stages-0-questions-4");
    await numericAgain.getByRole("heading").click();
    await expect(numericAgain.getByLabel("Unité", { exact: true })).toHaveValue("°C");
    await expect(numericAgain.getByLabel("Tolérance (±)")).toHaveValue("0,2");
    await expect(again.getByText(/^Erreur :/)).toHaveCount(0);

    // Now it publishes.
    await page.getByRole("button", { name: "Publier" }).click();
    await expect(page.getByRole("heading", { name: "Version 1 publiée." })).toBeFocused();
  });
});

test("stages are reordered and deleted with the keyboard, with a confirmation", async ({ page }) => {
  await openDraftEditor(page);
  const up = page.getByRole("button", { name: "Descendre l'étape 1" });
  await up.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Étape 1 : Résultats" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Étape 2 : Première consultation" })).toBeVisible();
  // Focus follows the moved stage.
  await expect(page.getByRole("button", { name: "Descendre l'étape 2" })).toBeFocused();

  await page.getByRole("button", { name: "Supprimer l'étape 3" }).focus();
  await page.keyboard.press("Enter");
  const confirm = page.getByRole("button", { name: "Confirmer la suppression" });
  await expect(confirm).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: /^Étape 3 :/ })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Étapes (2)" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Ajouter une étape" })).toBeFocused();
});

// One draft on one page, in steps that each fit the suite's 60 s on a slow machine.
test.describe.serial("every question type can be added, and the editor has no serious accessibility violation", () => {
  let context: BrowserContext;
  let page: Page;
  const stage = () => page.locator("#f-stages-1");

  test.beforeAll(async ({ browser }) => {
    ({ context, page } = await openSharedPage(browser));
  });
  test.afterAll(async () => {
    await context?.close();
  });

  test("a QRU, a QRP, an ordering, a TCS and a zone question are added to stage 2", async () => {
    await openDraftEditor(page);
    await openStage(page, 2);
    // Stage 2 of the sentinel has two questions; each added one comes after them.
    const types = ["QRU — réponse unique", "QRP — nombre de réponses imposé (liste longue possible)", "Classement", "TCS — concordance de script", "Zone à pointer dans un texte"];
    for (const [i, type] of types.entries()) {
      await addQuestion(page, stage(), 1, type, 2 + i);
    }
  });

  test("a lab table with a row is added", async ({}, testInfo) => {
    await stage().getByRole("heading", { name: /^Constatations/ }).click();
    await stage().getByLabel("Type de constatation").selectOption({ label: "Tableau de biologie" });
    await stage().getByRole("button", { name: "Ajouter la constatation" }).click();
    await expect(stage().getByLabel("Titre du bilan").last()).toBeFocused();
    await stage().getByLabel("Analyte").last().fill("CRP");
    await stage().getByLabel("Valeur", { exact: true }).last().fill("120");
    await stage().getByLabel("Interprétation").last().selectOption({ label: "Élevé" });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: testInfo.outputPath("editor-desktop.png") });
    await page.locator("#f-stages-1-questions-2").evaluate((el) => el.scrollIntoView({ block: "start" }));
    await page.screenshot({ path: testInfo.outputPath("editor-desktop-qrp.png") });
  });

  test("the long form has no serious accessibility violation", async () => {
    await expectAccessible(page);
  });
});

test("the editor fits a 375 px screen", async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await openDraftEditor(page);
  const stage = await openStage(page, 1);
  await addQuestion(page, stage, 0, "Classement", 2);
  await stage.getByRole("heading", { name: /^Examens proposés/ }).click();
  await stage.getByRole("heading", { name: /^Constatations/ }).click();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: testInfo.outputPath("editor-375-top.png") });
  await page.locator("#f-stages-0-questions-2").evaluate((el) => el.scrollIntoView({ block: "start" }));
  await page.screenshot({ path: testInfo.outputPath("editor-375-ordering.png") });
});

test("the preview opens the draft in the real player", async ({ page }) => {
  await openDraftEditor(page);
  await page.getByRole("button", { name: "Aperçu comme un étudiant" }).click();
  await page.waitForURL(/\/attempts\/[^/]+$/);
  await expect(page.getByText("STAGEONENARRATIVE", { exact: false })).toBeVisible();
});

test("a draft saved elsewhere meanwhile is not overwritten: the editor asks to reload", async ({ page, context }) => {
  const caseId = await openDraftEditor(page);
  const other = await context.newPage();
  await other.goto(`/teach/cases/${caseId}/edit`);
  await expect(other.getByTestId("save-status")).toHaveText(/^Enregistré/);

  await page.getByLabel("Titre du cas").fill("Titre changé dans le premier onglet");
  await expect(page.getByTestId("save-status")).not.toHaveText(/^Enregistré à/);
  await expect(page.getByTestId("save-status")).toHaveText(/^Enregistré à/, { timeout: 15_000 });

  await other.getByLabel("Titre du cas").fill("Titre changé dans le second onglet");
  await expect(other.getByTestId("save-status")).toHaveText("Conflit : rechargez", { timeout: 15_000 });
  await other.getByRole("button", { name: "Recharger la page" }).click();
  await expect(other.getByLabel("Titre du cas")).toHaveValue("Titre changé dans le premier onglet");
});

// One draft on one page, in two steps that each fit the suite's 60 s on a slow machine.
test.describe.serial("EDN items and ranks are set by keyboard on the case, an objective and a question, and an unknown item is refused", () => {
  let context: BrowserContext;
  let page: Page;
  const q1 = () => page.locator("#f-stages-0-questions-0");

  test.beforeAll(async ({ browser }) => {
    ({ context, page } = await openSharedPage(browser));
  });
  test.afterAll(async () => {
    await context?.close();
  });

  /** Opens a closed panel from its summary, by keyboard. */
  const openByKeyboard = async (panel: Locator) => {
    await expect(panel).not.toHaveAttribute("open", "");
    await panel.locator(":scope > summary").focus();
    await page.keyboard.press("Enter");
    await expect(panel).toHaveAttribute("open", "");
  };
  /** Replaces a field's text by typing, as an author does. */
  const typeInto = async (field: Locator, text: string) => {
    await field.focus();
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.type(text);
  };

  test("items typed on the case, an objective and a question show their R2C titles and are saved", async () => {
    await openDraftEditor(page);
    // The case: its fixture has item 185, rank A; the titles come from the shipped R2C list.
    const caseItems = page.getByLabel("Items EDN (R2C) du cas");
    await expect(caseItems).toHaveValue("185 A");
    await typeInto(caseItems, "312 A, 292 B");
    const general = page.locator("#panel-general");
    await expect(general.getByText("312 (rang A) — Tumeurs du sein", { exact: true })).toBeVisible();
    await expect(
      general.getByText("292 (rang B) — Diagnostic des cancers : signes d'appel et investigations para-cliniques ; caractérisation du stade ; pronostic", { exact: true }),
    ).toBeVisible();
    await expect(general.getByText(/^185 \(rang A\)/)).toHaveCount(0);

    // A learning objective.
    await openByKeyboard(page.locator("#panel-objectives"));
    const objectiveItems = page.getByLabel("Items EDN (R2C) de l'objectif 1");
    await expect(objectiveItems).toHaveValue("");
    await typeInto(objectiveItems, "154 B");
    await expect(page.locator("#panel-objectives").getByText("154 (rang B) — Infections broncho pulmonaires communautaires de l'adulte et de l'enfant", { exact: true })).toBeVisible();

    // A question (stage 1, q1).
    await openByKeyboard(page.locator("#f-stages-0"));
    await openByKeyboard(q1());
    const questionItems = q1().getByLabel("Items EDN (R2C) de la question q1");
    await expect(questionItems).toHaveValue("");
    await typeInto(questionItems, "204 a");
    await expect(q1().getByText("204 (rang A) — Toux chez l'enfant et chez l'adulte (avec le traitement)", { exact: true })).toBeVisible();

    const status = page.getByTestId("save-status");
    await expect(status).not.toHaveText(/^Enregistré à/);
    await expect(status).toHaveText(/^Enregistré à \d{1,2}:\d{2}/, { timeout: 15_000 });
  });

  test("the reloaded editor shows them; an item outside the list is flagged and refused at publication", async () => {
    // Stored: the reloaded editor shows them as saved (the rank typed in lower case comes back upper case).
    await page.reload();
    await expect(page.getByLabel("Items EDN (R2C) du cas")).toHaveValue("312 A, 292 B");
    await openByKeyboard(page.locator("#panel-objectives"));
    await expect(page.getByLabel("Items EDN (R2C) de l'objectif 1")).toHaveValue("154 B");
    await openByKeyboard(page.locator("#f-stages-0"));
    await openByKeyboard(q1());
    await expect(q1().getByLabel("Items EDN (R2C) de la question q1")).toHaveValue("204 A");

    // An item number outside the list (1–367): flagged beside the field, and publication is refused
    // with case:check's message, linked to the field.
    await typeInto(q1().getByLabel("Items EDN (R2C) de la question q1"), "204 A, 999 B");
    await expect(q1().getByText("999 (rang B) — absent de la liste livrée (content/r2c/items.json)", { exact: true })).toBeVisible();
    await page.getByRole("button", { name: "Publier" }).click();
    const refused = page.getByTestId("server-issues");
    await expect(refused.getByRole("heading", { name: "Publication refusée : 1 erreur(s) à corriger" })).toBeFocused();
    await expect(refused).toContainText("item EDN inconnu : 999 (absent de la liste R2C livrée, content/r2c/items.json)");
    await refused.getByRole("link", { name: /^Étape 1 › Question 1/ }).click();
    await expect(q1().getByLabel("Items EDN (R2C) de la question q1")).toBeFocused();
    await expect(page.getByRole("heading", { name: /^Version \d+ publiée\.$/ })).toHaveCount(0);
  });
});
