import { test, expect } from "./support";
import { Player } from "./player-page";
import { expireAttempt } from "./accounts";
import { createCohort, expectNotFound, joinWithCode, localDateTime, newInstructors, newUser, SENTINEL } from "./teach-support";

test("a protected exam: hidden from the cohort's practice, time-out said plainly, correction withheld until the instructor releases it", async ({ browser }) => {
  const [teacher] = await newInstructors(browser, ["Inès Examinatrice"]);
  const cohort = await createCohort(teacher.page, "Examen protégé");
  await teacher.page.getByLabel("Cas (version publiée)").selectOption({ label: SENTINEL.option });
  await teacher.page.getByLabel("Mode", { exact: true }).selectOption("exam");
  await teacher.page.getByLabel("Échéance (facultative)").fill(localDateTime(3));
  await teacher.page.getByLabel("Retirer ce cas de l'entraînement libre des membres de la cohorte jusqu'à l'échéance").check();
  await teacher.page.getByLabel("Publication de la correction").selectOption("manual");
  await teacher.page.getByLabel("Avant la publication, l'étudiant·e voit").selectOption("nothing");
  await teacher.page.getByRole("button", { name: "Assigner", exact: true }).click();
  await expect(teacher.page.getByText("Le cas est assigné à la cohorte.")).toBeVisible();
  const href = await teacher.page.getByTestId("assignment-row").last().getByRole("link", { name: /^Voir la revue/ }).getAttribute("href");
  const assignmentId = href!.split("/").pop()!;

  // A member no longer finds the case in open practice, nor at its address; someone else still does.
  const student = await newUser(browser, "Noé Candidat");
  await joinWithCode(student.page, cohort.code);
  await expect(student.page.getByText(/Vous avez rejoint la cohorte/)).toBeVisible();
  await student.page.goto("/cases");
  await expect(student.page.getByTestId("assignment-card").filter({ hasText: "Cas sentinelle pour les tests" })).toBeVisible();
  await expect(student.page.locator('section[aria-labelledby="practice-title"]').getByText("Cas sentinelle pour les tests")).toHaveCount(0);
  await expectNotFound(student.page, `/cases/${SENTINEL.slug}`);
  const outsider = await newUser(browser, "Zoé Libre");
  await outsider.page.goto("/cases");
  await expect(outsider.page.locator('section[aria-labelledby="practice-title"]').getByText("Cas sentinelle pour les tests")).toBeVisible();

  // The exam: one answer recorded, then the time runs out.
  await student.page.goto(`/cases/assignments/${assignmentId}`);
  await student.page.getByRole("button", { name: "Commencer le travail" }).click();
  await student.page.waitForURL(/\/attempts\/[0-9a-f-]{36}$/);
  const player = new Player(student.page);
  const attemptId = player.attemptId();
  await player.answerChoice("q1", ["Toux"]);
  expireAttempt(attemptId);
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

  // The instructor sees the time-out and releases the correction.
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

  for (const a of [teacher, student, outsider]) await a.context.close();
});
