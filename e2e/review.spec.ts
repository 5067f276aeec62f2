import fs from "node:fs";
import type { Page } from "@playwright/test";
import { test, expect, expectAccessible } from "./support";
import { Player } from "./player-page";
import { parseCsv } from "../lib/review/csv";
import { assignSentinel, createCohort, expectNotFound, joinWithCode, newInstructors, newUser, ownClientAddress, type Actor } from "./teach-support";

async function startAssignment(page: Page, assignmentId: string): Promise<Player> {
  await page.goto(`/cases/assignments/${assignmentId}`);
  await page.getByRole("button", { name: "Commencer le travail" }).click();
  await page.waitForURL(/\/attempts\/[0-9a-f-]{36}$/);
  return new Player(page);
}

/**
 * Strong: 9/9 → 20/20. Weak: q1 0, q2 0, q3 0.5 (one discordance), q4 1, q5 0.5 (TCS 3/6), q6 1,
 * q7 0.5 (one of the two), q8 1, no test ordered: 4.5/9 → 10/20. In two steps, each well within the
 * suite's 60 s on a slow machine: stages 1 and 2, then stage 3 and the end.
 */
async function playSentinelStages1And2(player: Player, strong: boolean) {
  if (strong) await player.orderInvestigation("Radiographie thoracique");
  await player.answerChoice("q1", [strong ? "Toux" : "Fièvre"]);
  await player.answerText("q2", strong ? "radiographie thoracique" : "scanner");
  await player.nextStage();
  await player.answerChoice("q3", strong ? ["CRP à 80 mg/L", "Opacité radiologique"] : ["CRP à 80 mg/L", "Opacité radiologique", "Âge de 50 ans"]);
  await player.answerText("q4", "80");
  await player.nextStage();
}

async function playSentinelStage3(player: Player, strong: boolean) {
  await player.answerTcs("q5", strong ? "Fortement plus probable" : "Plus probable");
  await player.answerOrdering("q6", ["Évaluer la gravité", "Débuter l'antibiothérapie", "Réévaluer à 48 heures"]);
  await player.answerLongMenu("q7", strong ? ["Amoxicilline", "Lévofloxacine"] : ["Amoxicilline", "OPTIONSENTINELQ7 Vancomycine"]);
  await player.answerZone("q8", ["fréquence respiratoire est à 32/min"]);
  await player.finish();
}

/** Today in the platform's zone (the exports' file names carry it). */
const today = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(new Date());

async function download(page: Page, linkName: string): Promise<{ name: string; text: string }> {
  const pending = page.waitForEvent("download");
  await page.getByRole("link", { name: linkName }).click();
  const file = await pending;
  return { name: file.suggestedFilename(), text: fs.readFileSync((await file.path())!, "utf8") };
}

// Two students play the whole sentinel case before the review: one test per step, each within the
// suite's 60 s, on the same pages (the teacher's and three students').
test.describe.serial("the instructor reviews a played assignment: statistics, drill-down, CSV exports that agree with the page", () => {
  let teacher: Actor, strong: Actor, weak: Actor, idle: Actor;
  let assignmentId: string;

  test.beforeAll(async ({ browser }) => {
    [teacher] = await newInstructors(browser, ["Marie Responsable"]);
    [strong, weak, idle] = [await newUser(browser, "Anna Forte"), await newUser(browser, "Basile Faible"), await newUser(browser, "Céline Absente")];
  });
  test.afterAll(async () => {
    for (const a of [teacher, strong, weak, idle]) await a?.context.close();
  });

  let cohort: { id: string; code: string };

  test("the sentinel case is assigned to a cohort, two attempts allowed", async () => {
    cohort = await createCohort(teacher.page, "Promo revue");
    assignmentId = await assignSentinel(teacher.page, cohort.id, { attempts: 2 });
  });

  test("three students join the cohort", async () => {
    for (const s of [strong, weak, idle]) {
      await joinWithCode(s.page, cohort.code);
      await expect(s.page.getByText(/Vous avez rejoint la cohorte/)).toBeVisible();
    }
  });

  test("the strong student plays stages 1 and 2", async () => {
    await playSentinelStages1And2(await startAssignment(strong.page, assignmentId), true);
  });

  test("the strong student finishes: 20/20", async () => {
    await playSentinelStage3(new Player(strong.page), true);
    await expect(strong.page.getByTestId("mark20")).toHaveText("20/20");
  });

  test("the weak student plays stages 1 and 2", async () => {
    await playSentinelStages1And2(await startAssignment(weak.page, assignmentId), false);
  });

  test("the weak student finishes: 10/20, the assignment finished", async () => {
    await playSentinelStage3(new Player(weak.page), false);
    await expect(weak.page.getByTestId("mark20")).toHaveText("10/20");
    await weak.page.goto("/cases");
    await expect(weak.page.getByTestId("assignment-card").getByTestId("assignment-status")).toHaveText("Terminé");
  });

  test("the review page: counts, marks, alpha, histogram, question, choice and test figures", async () => {
    const page = teacher.page;
    await page.goto(`/teach/assignments/${assignmentId}`);
    await expect(page.getByRole("heading", { level: 1, name: "Revue — Cas sentinelle pour les tests" })).toBeVisible();
    await expect(page.getByTestId("count-members")).toHaveText("3");
    await expect(page.getByTestId("count-not-started")).toHaveText("1");
    await expect(page.getByTestId("count-finished")).toHaveText("2");
    await expect(page.getByTestId("stat-mean")).toHaveText("15");
    await expect(page.getByTestId("stat-min")).toHaveText("10");
    await expect(page.getByTestId("stat-max")).toHaveText("20");
    // By hand: item variances 0.5, 0.5, 0.125, 0, 0.125, 0, 0.125, 0 (sum 1.375); totals 8 and 4.5
    // (variance 6.125); alpha = 8/7 × (1 − 1.375/6.125) = 0.8863.
    await expect(page.getByTestId("alpha")).toHaveText("0,89");
    const histogram = page.getByTestId("histogram").locator("li");
    await expect(histogram).toHaveCount(10);
    await expect(histogram.nth(5)).toHaveAttribute("data-count", "1");
    await expect(histogram.nth(9)).toHaveAttribute("data-count", "1");
    await expect(page.getByTestId("question-row")).toHaveCount(8);
    await expect(page.getByTestId("question-row").filter({ hasText: "q1" }).locator('[data-col="facility"]')).toHaveText("50,0 %");
    const q1 = page.getByTestId("choice-details").filter({ hasText: "q1" });
    await q1.locator("summary").click();
    await expect(q1.getByTestId("choice-row").filter({ hasText: "Toux" }).locator('[data-col="count"]')).toHaveText("1 (50 %)");
    await expect(q1.getByTestId("choice-row").filter({ hasText: "Douleur" }).locator('[data-col="count"]')).toHaveText("0 (0 %)");
    await expect(page.getByTestId("investigation-row").filter({ hasText: "Radiographie thoracique" }).locator('[data-col="count"]')).toHaveText("1 (50 %)");
    await expect(page.getByTestId("investigation-row").filter({ hasText: "Radiographie thoracique" })).toContainText("Essentiel");
    await expect(page.getByTestId("stage-times").locator("tbody tr")).toHaveCount(3);
    await expectAccessible(page);
  });

  test("the cohort page sums the cohort's mastery by EDN item over its assignments' counted attempts", async () => {
    const page = teacher.page;
    await page.goto(`/teach/cohorts/${cohort.id}`);
    // Every question of the sentinel case counts under its item 185, rank A: 8 / 8 and 4.5 / 8 (the
    // strong student's ninth point is the essential test, which no item counts).
    const table = page.getByRole("table", { name: "Points obtenus par item EDN (R2C) et rang, sur les tentatives retenues de chaque travail ; travaux avec une tentative retenue : 1 sur 1" });
    await expect(table.getByRole("row")).toHaveCount(2);
    const row = table.getByRole("row", { name: /^185 — Réaction inflammatoire : aspects biologiques et cliniques\. Conduite à tenir \(rang A\)/ });
    await expect(row).toContainText("12,5 / 16");
    await expect(row).toContainText("78 %");
    await expectAccessible(page);
    await page.goto(`/teach/assignments/${assignmentId}`);
  });

  test("the table sorts by mark with the keyboard, from the column header link", async () => {
    const page = teacher.page;
    await page.getByRole("link", { name: "Trier par Note /20" }).focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/sort=mark&order=desc/);
    await expect(page.getByRole("columnheader", { name: "Trier par Note /20" })).toHaveAttribute("aria-sort", "descending");
    const rows = page.getByTestId("student-row");
    await expect(rows.nth(0)).toContainText("Anna Forte");
    await expect(rows.nth(1)).toContainText("Basile Faible");
    await expect(rows.nth(2)).toContainText("Céline Absente");
    await page.getByRole("link", { name: "Trier par Note /20" }).click();
    await expect(page).toHaveURL(/sort=mark&order=asc/);
    await expect(rows.nth(0)).toContainText("Basile Faible");
  });

  test("drill-down: the weak student's attempt, read-only, as answered", async () => {
    const page = teacher.page;
    await page.getByRole("link", { name: "Voir la tentative de Basile Faible" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Tentative de Basile Faible" })).toBeVisible();
    await expect(page.getByTestId("mark20")).toHaveText("10/20");
    await expect(page.getByText("Tentative comptée", { exact: true })).toBeVisible();
    await expect(page.locator('[data-question-id="q2"]')).toContainText("scanner");
    await expect(page.getByRole("button", { name: "Valider ma réponse" })).toHaveCount(0);
    await page.getByRole("link", { name: "Retour à la revue" }).click();
  });

  test("both CSV exports, in both formats, give the page's numbers", async () => {
    const page = teacher.page;
    // Both CSV exports, and the same numbers as the page. In French, the default file is for French
    // spreadsheets: UTF-8 BOM, semicolons, decimal commas; named after cohort, case, opening day and today.
    const students = await download(page, "Résultats par étudiant·e (CSV)");
    expect(students.name).toBe(`promo-revue_cas-sentinelle-pour-les-tests_${today()}_etudiants-excel-fr_${today()}.csv`);
    expect(students.text.startsWith("\uFEFFemail;name;")).toBe(true);
    const srows = parseCsv(students.text, ";");
    const questionColumns = ["q1", "q2", "q3", "q4", "q5", "q6", "q7", "q8"];
    expect(srows[0]).toEqual(["email", "name", "status", "started_at", "finished_at", "total", "max", "mark_20", ...questionColumns, "investigations", "floor_adjustment"]);
    const weakRow = srows.find((r) => r[0] === weak.email)!;
    expect(weakRow.slice(1, 3)).toEqual(["Basile Faible", "finished"]);
    expect(weakRow.slice(5)).toEqual(["4,5", "9", "10", "0", "0", "0,5", "1", "0,5", "1", "0,5", "1", "0", "0"]);
    const strongRow = srows.find((r) => r[0] === strong.email)!;
    expect(strongRow.slice(5)).toEqual(["9", "9", "20", "1", "1", "1", "1", "1", "1", "1", "1", "1", "0"]);
    // The question, investigation and floor columns add up to the total.
    for (const row of [weakRow, strongRow]) {
      const sum = row.slice(8).reduce((s, cell) => s + Number(cell.replace(",", ".")), 0);
      expect(sum).toBe(Number(row[5].replace(",", ".")));
    }
    expect(srows.find((r) => r[0] === idle.email)!.slice(2)).toEqual(["not_started", ...Array<string>(15).fill("")]);
    const questions = await download(page, "Statistiques par question (CSV)");
    expect(questions.name).toBe(`promo-revue_cas-sentinelle-pour-les-tests_${today()}_questions-excel-fr_${today()}.csv`);
    const qrows = parseCsv(questions.text, ";");
    expect(qrows[0].slice(0, 11)).toEqual(["id", "number", "stem", "type", "max", "facility", "sd", "discrimination", "efficiency", "flagged", "alpha"]);
    expect(qrows[1].slice(0, 6)).toEqual(["q1", "1", "Quel est le symptôme principal ?", "qru", "1", "0,5"]);
    const pageAlpha = Number(await page.getByTestId("alpha").getAttribute("data-value"));
    expect(Number(qrows[1][10].replace(",", "."))).toBeCloseTo(pageAlpha, 4);
    expect(Number(qrows[1][10].replace(",", "."))).toBeCloseTo(0.8863, 4);
    // The other format, for spreadsheets in English: commas and decimal points.
    const comma = await download(page, "Résultats par étudiant·e (CSV à virgules, tableurs en anglais)");
    expect(comma.name).toBe(`promo-revue_cas-sentinelle-pour-les-tests_${today()}_etudiants_${today()}.csv`);
    expect(comma.text.startsWith("\uFEFFemail,name,")).toBe(true);
    expect(parseCsv(comma.text, ",").find((r) => r[0] === weak.email)!.slice(5)).toEqual(["4.5", "9", "10", "0", "0", "0.5", "1", "0.5", "1", "0.5", "1", "0", "0"]);
  });

  test("on a phone the wide tables scroll inside their own region; the page itself does not", async () => {
    const page = teacher.page;
    await page.setViewportSize({ width: 375, height: 740 });
    await page.reload();
    await expect(page.getByTestId("alpha")).toHaveText("0,89");
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  });
});

// Two instructors' cohorts and a member's attempt, then the checks: steps that each fit the suite's 60 s.
test.describe.serial("guessed ids of another instructor's review, attempt and exports are not found; students and strangers get nothing", () => {
  let owner: Actor, other: Actor, student: Actor;
  let mine: { id: string; code: string };
  let assignmentId: string, theirAssignment: string, attemptId: string;

  test.beforeAll(async ({ browser }) => {
    [owner, other] = await newInstructors(browser, ["Olivier Propriétaire", "Pauline Curieuse"]);
    student = await newUser(browser, "Quentin Membre");
  });
  test.afterAll(async () => {
    for (const a of [owner, other, student]) await a?.context.close();
  });

  test("the owner assigns the sentinel case to a cohort of theirs", async () => {
    mine = await createCohort(owner.page, "Cohorte privée");
    assignmentId = await assignSentinel(owner.page, mine.id);
  });

  test("the other instructor assigns it to a cohort of theirs", async () => {
    const theirs = await createCohort(other.page, "Cohorte de Pauline");
    theirAssignment = await assignSentinel(other.page, theirs.id);
  });

  test("a member of the owner's cohort starts the assignment; the owner sees the attempt and exports it", async () => {
    await joinWithCode(student.page, mine.code);
    await expect(student.page.getByText(/Vous avez rejoint la cohorte/)).toBeVisible();
    attemptId = (await startAssignment(student.page, assignmentId)).attemptId();

    // The owner sees the attempt in progress.
    await owner.page.goto(`/teach/assignments/${assignmentId}/attempts/${attemptId}`);
    await expect(owner.page.getByRole("heading", { level: 1, name: "Tentative de Quentin Membre" })).toBeVisible();
    const csv = await owner.page.request.get(`/teach/assignments/${assignmentId}/export/students.csv`);
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-type"]).toContain("text/csv");
  });

  test("the other instructor, the student and a stranger get not found, and nothing of the student", async ({ browser }) => {
    const paths = [
      `/teach/assignments/${assignmentId}`,
      `/teach/assignments/${assignmentId}/attempts/${attemptId}`,
      // Their own assignment with someone else's attempt id: still not found.
      `/teach/assignments/${theirAssignment}/attempts/${attemptId}`,
      `/teach/cohorts/${mine.id}`,
    ];
    for (const path of paths) expect(await expectNotFound(other.page, path)).not.toContain("Quentin Membre");
    for (const path of paths.slice(0, 2)) await expectNotFound(student.page, path);

    const exports = ["students.csv", "questions.csv"].map((f) => `/teach/assignments/${assignmentId}/export/${f}`);
    const stranger = await browser.newContext(ownClientAddress());
    for (const path of exports) {
      for (const request of [other.page.request, student.page.request, stranger.request]) {
        const response = await request.get(path);
        expect(response.status(), path).toBe(404);
        expect(await response.text()).not.toContain("Quentin");
      }
    }
    await stranger.close();
  });
});
