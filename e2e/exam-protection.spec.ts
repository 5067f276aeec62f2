import { test, expect, expectAccessible } from "./support";
import { execute } from "./server-db";
import { Player } from "./player-page";
import { expireAttempt } from "./accounts";
import { captureAction, postAction, type CapturedAction } from "./actions";
import { createCohort, expectNotFound, joinWithCode, localDateTime, newInstructors, newUser, SENTINEL, type Actor } from "./teach-support";

/** Ends the cohort's hiding exam by moving its due date into the past (what the passing of time would do). */
async function endHiding(cohortId: string) {
  const changed = await execute("UPDATE assignments SET due_at = ? WHERE hide_from_practice = true AND cohort_id = ?", [Date.now() - 1000, cohortId]);
  expect(changed).toBe(1);
}

// The exam set, hidden, timed out, withheld and released: one test per step, each within the suite's
// 60 s, on the same pages (the teacher's, the candidate's and an outsider's).
test.describe.serial("a protected exam: hidden from the cohort's practice, time-out said plainly, correction withheld until the instructor releases it", () => {
  let teacher: Actor, student: Actor, outsider: Actor;
  let cohort: { id: string; code: string };
  let assignmentId: string;
  let attemptId: string;

  test.beforeAll(async ({ browser }) => {
    [teacher] = await newInstructors(browser, ["Inès Examinatrice"]);
    student = await newUser(browser, "Noé Candidat");
    outsider = await newUser(browser, "Zoé Libre");
  });
  test.afterAll(async () => {
    for (const a of [teacher, student, outsider]) await a?.context.close();
  });

  test("the instructor sets an exam hidden from practice, correction released by hand, nothing shown before", async () => {
    cohort = await createCohort(teacher.page, "Examen protégé");
    await teacher.page.getByLabel("Cas (version publiée)").selectOption({ label: SENTINEL.option });
    await teacher.page.getByLabel("Mode", { exact: true }).selectOption("exam");
    await teacher.page.getByLabel("Échéance (facultative)").fill(localDateTime(3));
    await teacher.page.getByLabel("Retirer ce cas de l'entraînement libre des membres de la cohorte jusqu'à l'échéance").check();
    await teacher.page.getByLabel("Publication de la correction").selectOption("manual");
    await teacher.page.getByLabel("Avant la publication, l'étudiant·e voit").selectOption("nothing");
    await teacher.page.getByRole("button", { name: "Assigner", exact: true }).click();
    await expect(teacher.page.getByText("Le cas est assigné à la cohorte.")).toBeVisible();
    const href = await teacher.page.getByTestId("assignment-row").last().getByRole("link", { name: /^Voir la revue/ }).getAttribute("href");
    assignmentId = href!.split("/").pop()!;
  });

  test("a member no longer finds the case in open practice, nor at its address; someone else still does", async () => {
    await joinWithCode(student.page, cohort.code);
    await expect(student.page.getByText(/Vous avez rejoint la cohorte/)).toBeVisible();
    await student.page.goto("/cases");
    await expect(student.page.getByTestId("assignment-card").filter({ hasText: "Cas sentinelle pour les tests" })).toBeVisible();
    await expect(student.page.locator('section[aria-labelledby="practice-title"]').getByText("Cas sentinelle pour les tests")).toHaveCount(0);
    await expectNotFound(student.page, `/cases/${SENTINEL.slug}`);
    await outsider.page.goto("/cases");
    await expect(outsider.page.locator('section[aria-labelledby="practice-title"]').getByText("Cas sentinelle pour les tests")).toBeVisible();
  });

  test("the exam: one answer recorded, then the time runs out; neither mark nor explanation reaches the browser", async () => {
    await student.page.goto(`/cases/assignments/${assignmentId}`);
    await student.page.getByRole("button", { name: "Commencer le travail" }).click();
    await student.page.waitForURL(/\/attempts\/[0-9a-f-]{36}$/);
    const player = new Player(student.page);
    attemptId = player.attemptId();
    await player.answerChoice("q1", ["Toux"]);
    await expireAttempt(attemptId);
    await student.page.goto(`/attempts/${attemptId}`);
    await expect(student.page).toHaveURL(new RegExp(`/attempts/${attemptId}/debrief$`));
    await expect(student.page.getByRole("heading", { level: 1, name: "Correction pas encore publiée" })).toBeVisible();
    await expect(student.page.getByTestId("closure-notice")).toContainText("Temps écoulé");
    await expect(student.page.getByTestId("closure-saved")).toHaveText("Réponses enregistrées : 1 · questions sans réponse : 7.");
    await expect(student.page.getByTestId("correction-withheld")).toHaveText(
      "Votre tentative est enregistrée. La note et la correction seront visibles quand votre enseignant·e les publiera.",
    );
    // Neither the mark nor any explanation reaches the browser.
    await expect(student.page.getByTestId("mark20")).toHaveCount(0);
    expect(await student.page.content()).not.toContain("EXPLANATIONSENTINEL");
    await student.page.goto(`/cases/assignments/${assignmentId}`);
    await expect(student.page.getByTestId("attempt-row")).toContainText("note à venir");
    await expect(student.page.getByTestId("attempt-row")).toContainText("Temps écoulé");
  });

  test("the instructor sees the time-out and releases the correction; the student then gets mark and explanations", async () => {
    await teacher.page.goto(`/teach/assignments/${assignmentId}`);
    await expect(teacher.page.getByTestId("student-row").filter({ hasText: "Noé Candidat" }).getByTestId("closure")).toHaveText("Temps écoulé · 7 sans réponse");
    await expect(teacher.page.getByTestId("correction-release")).toContainText("La correction n'est pas encore publiée");
    await teacher.page.getByRole("button", { name: "Publier la correction maintenant" }).click();
    await expect(teacher.page.getByTestId("correction-release")).toContainText("Correction publiée le");
    await expect(teacher.page.getByRole("button", { name: "Publier la correction maintenant" })).toHaveCount(0);

    await student.page.goto(`/attempts/${attemptId}/debrief`);
    await expect(student.page.getByTestId("mark20")).toBeVisible();
    await expect(student.page.getByTestId("closure-notice")).toContainText("Temps écoulé");
    await expect(student.page.getByText("EXPLANATIONSENTINELQ1", { exact: false }).first()).toBeAttached();
  });
});

// Practice, then an exam set on the same case, then the direct POSTs, then the end of the hiding: one
// test per step, each within the suite's 60 s, on the same two pages.
test.describe.serial("a practice attempt in progress on a case an exam now hides is paused until the due date: a clear message, answers and orders refused, nothing written", () => {
  let teacher: Actor, student: Actor;
  let cohort: { id: string; code: string };
  let player: Player;
  let attemptId: string;
  let order: CapturedAction, submit: CapturedAction;

  test.beforeAll(async ({ browser }) => {
    [teacher] = await newInstructors(browser, ["Inès Surveillante"]);
    student = await newUser(browser, "Lou Entraînée");
  });
  test.afterAll(async () => {
    for (const a of [teacher, student]) await a?.context.close();
  });

  test("a cohort member practises the case: one test ordered, one answer", async () => {
    cohort = await createCohort(teacher.page, "Examen pendant l'entraînement");
    await joinWithCode(student.page, cohort.code);
    await expect(student.page.getByText(/Vous avez rejoint la cohorte/)).toBeVisible();

    // Practice first: one answer, and the two actions the player uses, captured.
    player = new Player(student.page);
    attemptId = await player.start(SENTINEL.slug, "training");
    order = await captureAction(student.page, () => player.orderInvestigation("Radiographie thoracique"));
    submit = await captureAction(student.page, () => player.answerChoice("q1", ["Toux"]));
  });

  test("the instructor sets an exam on the same case, hidden from practice until its due date", async () => {
    await teacher.page.goto(`/teach/cohorts/${cohort.id}`);
    await teacher.page.getByLabel("Cas (version publiée)").selectOption({ label: SENTINEL.option });
    await teacher.page.getByLabel("Mode", { exact: true }).selectOption("exam");
    await teacher.page.getByLabel("Échéance (facultative)").fill(localDateTime(3));
    await teacher.page.getByLabel("Retirer ce cas de l'entraînement libre des membres de la cohorte jusqu'à l'échéance").check();
    await teacher.page.getByRole("button", { name: "Assigner", exact: true }).click();
    await expect(teacher.page.getByText("Le cas est assigné à la cohorte.")).toBeVisible();
  });

  test("the practice attempt shows a clear message and nothing of the case or of the answer's correction", async () => {
    await student.page.goto(`/attempts/${attemptId}`);
    await expect(student.page.getByRole("heading", { level: 1, name: "Tentative suspendue pendant un examen" })).toBeVisible();
    await expect(student.page.getByTestId("attempt-hidden")).toContainText("votre tentative d'entraînement est suspendue jusqu'au");
    const html = await student.page.content();
    expect(html).not.toMatch(/STAGEONENARRATIVE|EXPLANATIONSENTINELQ1|RESULTSENTINELRADIO|STEMSENTINELQ2/);
    await expectAccessible(student.page);
  });

  test("direct POSTs of an answer and of a test are refused, nothing written", async () => {
    const answer = await postAction(student.page, submit, [attemptId, "q2", { type: "qroc", text: "radiographie" }, 1000]);
    expect(answer.text).toContain('"code":"hidden"');
    expect(answer.text).not.toContain("EXPLANATIONSENTINELQ2");
    const test2 = await postAction(student.page, order, [attemptId, "inv-pet"]);
    expect(test2.text).toContain('"code":"hidden"');
    expect(test2.text).not.toContain("RESULTSENTINELPET");
  });

  test("when the hiding ends, the attempt resumes where it was: q2 unanswered, the refused test not ordered", async () => {
    // Here the due date is moved into the past in the throwaway database (what time would do).
    await endHiding(cohort.id);
    await student.page.goto(`/attempts/${attemptId}`);
    await expect(player.question("q1").getByText("1 / 1")).toBeVisible();
    await expect(player.question("q2").getByRole("button", { name: "Valider ma réponse" })).toBeVisible();
    await expect(student.page.getByTestId("investigation-inv-pet").getByRole("button", { name: "Demander : TEP-scanner" })).toBeVisible();
  });
});
