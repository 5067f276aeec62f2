import type { Page } from "@playwright/test";
import { test, expect, expectAccessible } from "./support";
import { assignSentinel, createCohort, expectNotFound, joinWithCode, localDateTime, newInstructors, newUser, type Actor } from "./teach-support";

// Each scenario below is a serial group: its actors are prepared in beforeAll, its steps are tests on
// their pages, each within the suite's 60 s; a failed step skips the rest of its group.

test.describe.serial("an instructor creates a cohort, a student joins with its code, another instructor and students see nothing of it", () => {
  let alice: Actor, bruno: Actor, student: Actor;
  let cohort: { id: string; code: string };

  test.beforeAll(async ({ browser }) => {
    [alice, bruno] = await newInstructors(browser, ["Alice Enseignante", "Bruno Enseignant"]);
    student = await newUser(browser, "Sami Étudiant");
  });
  test.afterAll(async () => {
    for (const a of [alice, bruno, student]) await a?.context.close();
  });

  test("a cohort with an assignment; a student joins with its code in lower case and finds the work to do", async () => {
    cohort = await createCohort(alice.page, "DFASM2 Hémato A");
    await assignSentinel(alice.page, cohort.id);

    await joinWithCode(student.page, cohort.code.toLowerCase());
    await expect(student.page.getByText("Vous avez rejoint la cohorte « DFASM2 Hémato A ».")).toBeVisible();
    await expectAccessible(student.page);
    await student.page.goto("/cases");
    const card = student.page.getByTestId("assignment-card").filter({ hasText: "Cas sentinelle pour les tests" });
    await expect(card).toBeVisible();
    await expect(card.getByTestId("assignment-status")).toHaveText("À faire");
    await expect(card).toContainText("À rendre le");
  });

  test("the instructor sees the member and the cohort", async () => {
    await alice.page.goto(`/teach/cohorts/${cohort.id}`);
    await expect(alice.page.getByTestId("member-row").filter({ hasText: student.email })).toBeVisible();
    await alice.page.goto("/teach");
    await expect(alice.page.getByTestId("cohort-card").filter({ hasText: "DFASM2 Hémato A" })).toBeVisible();
  });

  test("another instructor and the student see nothing of it", async () => {
    // Another instructor: not in their list, and the guessed address is not found.
    await bruno.page.goto("/teach");
    await expect(bruno.page.getByRole("heading", { name: "Cohortes", level: 1 })).toBeVisible();
    await expect(bruno.page.getByText("DFASM2 Hémato A")).toHaveCount(0);
    expect(await expectNotFound(bruno.page, `/teach/cohorts/${cohort.id}`)).not.toContain(cohort.code);

    // A student can open nothing under /teach.
    for (const path of ["/teach", `/teach/cohorts/${cohort.id}`]) await expectNotFound(student.page, path);
    await expect(student.page.getByRole("link", { name: "Enseigner" })).toHaveCount(0);
  });
});

test.describe.serial("a wrong or rotated code gets a clear message and changes nothing", () => {
  let teacher: Actor, student: Actor;
  let cohort: { id: string; code: string };

  test.beforeAll(async ({ browser }) => {
    [teacher] = await newInstructors(browser, ["Chloé Enseignante"]);
    student = await newUser(browser, "Lina Étudiante");
  });
  test.afterAll(async () => {
    for (const a of [teacher, student]) await a?.context.close();
  });

  test("a wrong code is refused, the field named, and nothing is assigned", async () => {
    cohort = await createCohort(teacher.page, "Cohorte à code tournant");
    await assignSentinel(teacher.page, cohort.id);

    await joinWithCode(student.page, "ZZZZ-ZZZZ");
    await expect(student.page.getByText("Ce code ne correspond à aucune cohorte.", { exact: false })).toBeVisible();
    await expect(student.page.getByLabel("Code de la cohorte")).toHaveAttribute("aria-invalid", "true");
    await expect(student.page.getByLabel("Code de la cohorte")).toHaveValue("ZZZZ-ZZZZ");
    await student.page.goto("/cases");
    await expect(student.page.getByTestId("assignment-card")).toHaveCount(0);
    await expect(student.page.getByText("Aucun travail assigné.", { exact: false })).toBeVisible();
  });

  test("rotating the code: the old one stops working at once, the new one works, once", async () => {
    await teacher.page.goto(`/teach/cohorts/${cohort.id}`);
    await teacher.page.getByRole("button", { name: "Changer le code" }).click();
    await expect(teacher.page.getByText(/^Nouveau code : /)).toBeVisible();
    const fresh = (await teacher.page.getByTestId("join-code").textContent())!.trim();
    expect(fresh).not.toBe(cohort.code);

    await joinWithCode(student.page, cohort.code);
    await expect(student.page.getByText("Ce code ne correspond à aucune cohorte.", { exact: false })).toBeVisible();
    await joinWithCode(student.page, fresh);
    await expect(student.page.getByText("Vous avez rejoint la cohorte « Cohorte à code tournant ».")).toBeVisible();
    await joinWithCode(student.page, fresh);
    await expect(student.page.getByText("Vous faites déjà partie de la cohorte « Cohorte à code tournant ».")).toBeVisible();
    await teacher.page.reload();
    await expect(teacher.page.getByTestId("member-row")).toHaveCount(1);
  });
});

test.describe.serial("after ten wrong codes a student is refused for a while, even with the right code", () => {
  let teacher: Actor, student: Actor, other: Actor;
  let cohort: { id: string; code: string };

  test.beforeAll(async ({ browser }) => {
    [teacher] = await newInstructors(browser, ["Noé Enseignant"]);
    student = await newUser(browser, "Yanis Étudiant");
    other = await newUser(browser, "Maëlle Étudiante");
  });
  test.afterAll(async () => {
    for (const a of [teacher, student, other]) await a?.context.close();
  });

  test("ten wrong codes are refused one by one", async () => {
    cohort = await createCohort(teacher.page, "Cohorte gardée");
    for (let i = 0; i < 10; i++) {
      await joinWithCode(student.page, `ZZZZ-ZZ${String(i).padStart(2, "Z")}`);
      await expect(student.page.getByText("Ce code ne correspond à aucune cohorte.", { exact: false })).toBeVisible();
    }
  });

  test("then the right one is refused for a while; nothing was joined", async () => {
    await joinWithCode(student.page, cohort.code);
    await expect(student.page.getByText(/Trop de codes erronés\. Réessayez dans 1[45] min/)).toBeVisible();
    // Nothing was joined.
    await teacher.page.goto(`/teach/cohorts/${cohort.id}`);
    await expect(teacher.page.getByText("Personne n'a encore rejoint la cohorte.")).toBeVisible();
  });

  test("another student is not affected", async () => {
    await joinWithCode(other.page, cohort.code);
    await expect(other.page.getByText("Vous avez rejoint la cohorte « Cohorte gardée ».")).toBeVisible();
  });
});

test.describe.serial("a student removed from a cohort no longer sees its assignments", () => {
  let teacher: Actor, kept: Actor, removed: Actor;
  let cohort: { id: string; code: string };
  let assignmentId: string;

  test.beforeAll(async ({ browser }) => {
    [teacher] = await newInstructors(browser, ["David Enseignant"]);
    [kept, removed] = [await newUser(browser, "Emma Gardée"), await newUser(browser, "Hugo Retiré")];
  });
  test.afterAll(async () => {
    for (const a of [teacher, kept, removed]) await a?.context.close();
  });

  test("two members of a cohort with an assignment; one of them opens it", async () => {
    cohort = await createCohort(teacher.page, "Cohorte avec retrait");
    assignmentId = await assignSentinel(teacher.page, cohort.id);
    for (const s of [kept, removed]) {
      await joinWithCode(s.page, cohort.code);
      await expect(s.page.getByText(/Vous avez rejoint la cohorte/)).toBeVisible();
    }
    await removed.page.goto(`/cases/assignments/${assignmentId}`);
    await expect(removed.page.getByRole("heading", { level: 1, name: "Cas sentinelle pour les tests" })).toBeVisible();
  });

  test("the instructor removes that member; the removed one sees nothing of the cohort's work, the other still does", async () => {
    await teacher.page.goto(`/teach/cohorts/${cohort.id}`);
    await teacher.page.getByRole("button", { name: "Retirer Hugo Retiré de la cohorte" }).click();
    await expect(teacher.page.getByTestId("member-row")).toHaveCount(1);
    await expect(teacher.page.getByTestId("member-row")).toContainText("Emma Gardée");

    await removed.page.goto("/cases");
    await expect(removed.page.getByTestId("assignment-card")).toHaveCount(0);
    await expectNotFound(removed.page, `/cases/assignments/${assignmentId}`);
    await kept.page.goto("/cases");
    await expect(kept.page.getByTestId("assignment-card")).toHaveCount(1);
  });
});

test.describe.serial("an assignment not yet open cannot be started; a bad form names the field", () => {
  let teacher: Actor, student: Actor;
  let cohort: { id: string; code: string };

  test.beforeAll(async ({ browser }) => {
    [teacher] = await newInstructors(browser, ["Inès Enseignante"]);
    student = await newUser(browser, "Jade Patiente");
  });
  test.afterAll(async () => {
    for (const a of [teacher, student]) await a?.context.close();
  });

  test("bad input: a due date before the opening is refused with the field and the reason", async () => {
    cohort = await createCohort(teacher.page, "Cohorte du futur");
    await teacher.page.getByLabel("Cas (version publiée)").selectOption({ label: "Cas sentinelle pour les tests — version 1" });
    await teacher.page.getByLabel("Ouverture").fill(localDateTime(3));
    await teacher.page.getByLabel("Échéance (facultative)").fill(localDateTime(1));
    await teacher.page.getByRole("button", { name: "Assigner", exact: true }).click();
    await expect(teacher.page.getByText("L'échéance doit suivre l'ouverture.")).toBeVisible();
    await expect(teacher.page.getByLabel("Échéance (facultative)")).toHaveAttribute("aria-invalid", "true");
    await expect(teacher.page.getByTestId("assignment-row")).toHaveCount(0);
    await expectAccessible(teacher.page);
  });

  test("an assignment opening in two days: the member sees when it opens and cannot start it", async () => {
    const assignmentId = await assignSentinel(teacher.page, cohort.id, { opensAt: localDateTime(2), dueAt: localDateTime(9) });
    await joinWithCode(student.page, cohort.code);
    await expect(student.page.getByText(/Vous avez rejoint la cohorte/)).toBeVisible();

    await student.page.goto("/cases");
    const card = student.page.getByTestId("assignment-card");
    await expect(card).toContainText("Ouvre le");
    await card.getByRole("link", { name: "Ouvrir le travail : Cas sentinelle pour les tests" }).click();
    await expect(student.page).toHaveURL(new RegExp(`/cases/assignments/${assignmentId}$`));
    await expect(student.page.getByText("Ce travail n'est pas encore ouvert : il ouvrira le", { exact: false })).toBeVisible();
    await expect(student.page.getByRole("button", { name: "Commencer le travail" })).toHaveCount(0);
    await expectAccessible(student.page);
  });
});

// Two instructors and a member, on their own pages: one test per step, each within the suite's 60 s.
test.describe.serial("an instructor changes an assignment's dates and rules: the student can start at once; bad dates and another instructor's tampering change nothing", () => {
  let teacher: Actor, other: Actor, student: Actor;
  let assignmentId: string;
  const settingsOf = (page: Page) => page.locator("details", { hasText: "Modifier les dates et les règles" });

  test.beforeAll(async ({ browser }) => {
    [teacher, other] = await newInstructors(browser, ["Léa Enseignante", "Marc Enseignant"]);
    student = await newUser(browser, "Théo Pressé");
  });
  test.afterAll(async () => {
    for (const a of [teacher, other, student]) await a?.context.close();
  });

  test("an assignment opening in two days: the member cannot start it yet", async () => {
    const cohort = await createCohort(teacher.page, "Cohorte décalée");
    assignmentId = await assignSentinel(teacher.page, cohort.id, { opensAt: localDateTime(2), dueAt: localDateTime(9) });
    await joinWithCode(student.page, cohort.code);
    await expect(student.page.getByText(/Vous avez rejoint la cohorte/)).toBeVisible();
    await student.page.goto(`/cases/assignments/${assignmentId}`);
    await expect(student.page.getByText("Tentatives : 0 / 1")).toBeVisible();
    await expect(student.page.getByRole("button", { name: "Commencer le travail" })).toHaveCount(0);
  });

  test("a due date before the opening is refused, the field named, nothing saved", async () => {
    await teacher.page.goto(`/teach/assignments/${assignmentId}`);
    const settings = settingsOf(teacher.page);
    await settings.getByText("Modifier les dates et les règles").click();
    // A due date before the opening: refused, the field named, nothing saved.
    await settings.getByLabel("Échéance (facultative)").fill(localDateTime(1));
    await settings.getByRole("button", { name: "Enregistrer les modifications" }).click();
    await expect(settings.getByText("L'échéance doit suivre l'ouverture.")).toBeVisible();
    await expect(settings.getByLabel("Échéance (facultative)")).toHaveAttribute("aria-invalid", "true");
    await student.page.reload();
    await expect(student.page.getByRole("button", { name: "Commencer le travail" })).toHaveCount(0);
  });

  test("opened now, two weeks to go, three attempts: the student starts at once", async () => {
    const settings = settingsOf(teacher.page);
    await settings.getByLabel("Ouverture").fill(localDateTime(-1));
    await settings.getByLabel("Échéance (facultative)").fill(localDateTime(14));
    await settings.getByLabel("Tentatives autorisées").fill("3");
    await settings.getByRole("button", { name: "Enregistrer les modifications" }).click();
    await expect(settings.getByText("Modifications enregistrées", { exact: false })).toBeVisible();
    await expect(teacher.page.getByText("3 tentative(s) autorisée(s)", { exact: false })).toBeVisible();

    await student.page.reload();
    await expect(student.page.getByText("Tentatives : 0 / 3")).toBeVisible();
    await student.page.getByRole("button", { name: "Commencer le travail" }).click();
    await expect(student.page).toHaveURL(/\/attempts\/[0-9a-f-]{36}$/);
  });

  test("another instructor submits his own settings form with this assignment's id: not found, nothing changed", async () => {
    const otherCohort = await createCohort(other.page, "Cohorte de Marc");
    const otherAssignment = await assignSentinel(other.page, otherCohort.id);
    await other.page.goto(`/teach/assignments/${otherAssignment}`);
    const tampered = settingsOf(other.page);
    await tampered.getByText("Modifier les dates et les règles").click();
    await tampered.locator('input[name="assignmentId"]').evaluate((el, id) => ((el as HTMLInputElement).value = id), assignmentId);
    await tampered.getByLabel("Tentatives autorisées").fill("1");
    await tampered.getByRole("button", { name: "Enregistrer les modifications" }).click();
    await expect(tampered.getByText("Travail introuvable.")).toBeVisible();
    await teacher.page.reload();
    await expect(teacher.page.getByText("3 tentative(s) autorisée(s)", { exact: false })).toBeVisible();
    await expectNotFound(other.page, `/teach/assignments/${assignmentId}`);
  });
});

// Two instructors and a member, on their own pages: one test per step, each within the suite's 60 s.
test.describe.serial("an assignment made by mistake is deleted after a confirmation; once an attempt exists, or for another instructor, deletion is refused", () => {
  let teacher: Actor, other: Actor, student: Actor;
  let cohort: { id: string; code: string };
  let mistaken: string, played: string;

  test.beforeAll(async ({ browser }) => {
    [teacher, other] = await newInstructors(browser, ["Rose Enseignante", "Paul Enseignant"]);
    student = await newUser(browser, "Nina Étudiante");
  });
  test.afterAll(async () => {
    for (const a of [teacher, other, student]) await a?.context.close();
  });

  test("two assignments in a cohort; a member starts one of them", async () => {
    cohort = await createCohort(teacher.page, "Cohorte à ménage");
    mistaken = await assignSentinel(teacher.page, cohort.id);
    played = await assignSentinel(teacher.page, cohort.id);
    await joinWithCode(student.page, cohort.code);
    await expect(student.page.getByText(/Vous avez rejoint la cohorte/)).toBeVisible();
    await student.page.goto(`/cases/assignments/${played}`);
    await student.page.getByRole("button", { name: "Commencer le travail" }).click();
    await expect(student.page).toHaveURL(/\/attempts\/[0-9a-f-]{36}$/);
  });

  test("another instructor submits his own delete form with the mistaken assignment's id: not found", async () => {
    const otherCohort = await createCohort(other.page, "Cohorte de Paul");
    const otherAssignment = await assignSentinel(other.page, otherCohort.id);
    await other.page.goto(`/teach/assignments/${otherAssignment}`);
    await other.page.getByRole("button", { name: "Supprimer ce travail…" }).click();
    await other.page.locator('form input[name="assignmentId"]').last().evaluate((el, id) => ((el as HTMLInputElement).value = id), mistaken);
    await other.page.getByRole("button", { name: "Supprimer définitivement" }).click();
    await expect(other.page.getByText("Travail introuvable.")).toBeVisible();
  });

  test("a played assignment cannot be deleted: the attempts are the students' work", async () => {
    await teacher.page.goto(`/teach/assignments/${played}`);
    await teacher.page.getByRole("button", { name: "Supprimer ce travail…" }).click();
    await teacher.page.getByRole("button", { name: "Supprimer définitivement" }).click();
    await expect(teacher.page.getByText("Des tentatives ont été commencées : ce travail ne peut plus être supprimé.", { exact: false })).toBeVisible();
  });

  test("the mistaken one: cancelled first, then deleted; gone for the member and for the instructor", async () => {
    await teacher.page.goto(`/teach/assignments/${mistaken}`);
    await teacher.page.getByRole("button", { name: "Supprimer ce travail…" }).click();
    await teacher.page.getByRole("button", { name: "Annuler" }).click();
    await expect(teacher.page.getByRole("button", { name: "Supprimer définitivement" })).toHaveCount(0);
    await teacher.page.getByRole("button", { name: "Supprimer ce travail…" }).click();
    await teacher.page.getByRole("button", { name: "Supprimer définitivement" }).click();
    await teacher.page.waitForURL(new RegExp(`/teach/cohorts/${cohort.id}$`));
    await expect(teacher.page.getByTestId("assignment-row")).toHaveCount(1);

    await student.page.goto("/cases");
    await expect(student.page.getByTestId("assignment-card")).toHaveCount(1);
    await expectNotFound(student.page, `/cases/assignments/${mistaken}`);
    await expectNotFound(teacher.page, `/teach/assignments/${mistaken}`);
  });
});
