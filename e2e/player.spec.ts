import { test, expect, signUp, signIn, expectAccessible } from "./support";
import { Player } from "./player-page";
import { actionResponseText } from "./actions";

const SLUG = "cas-sentinelle";

test("training mode: a case played stage by stage, with feedback after each answer and a full debrief", async ({ page }) => {
  await signUp(page);
  const player = new Player(page);
  await player.start(SLUG, "training");

  await expect(page.getByText("STAGEONENARRATIVE")).toBeVisible();
  await expect(page.getByTestId("stage-2")).toHaveCount(0);
  await expectAccessible(page);

  await player.orderInvestigation("Radiographie thoracique");
  await expect(page.getByText("RESULTSENTINELRADIO opacité basale droite.")).toBeVisible();
  await expect(page.getByText("Coût : 25 €")).toBeVisible();

  // The next stage stays closed until every question of this one is answered.
  await expect(page.getByRole("button", { name: "Passer à l'étape suivante" })).toBeDisabled();
  await player.answerChoice("q1", ["Toux"]);
  await expect(player.question("q1").getByText("EXPLANATIONSENTINELQ1 la toux est le symptôme rapporté.")).toBeVisible();
  await expect(player.question("q1").getByText("OPTIONFEEDBACKSENTINEL")).toBeVisible();
  await player.answerText("q2", "Radiographie  thoracique !");
  await expect(player.question("q2").getByText("1 / 1")).toBeVisible();
  // Answers and results show without a page reload; the progress follows.
  await expect(page.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "1");
  await expect(page.getByText("Étape 1 sur 3 · 2 question(s) répondue(s)")).toBeVisible();
  await expectAccessible(page);
  await player.nextStage();

  await expect(page.getByText("STAGETWONARRATIVE le scanner confirme une pneumopathie.")).toBeVisible();
  await expect(page.getByText("ERRATUMSENTINEL correction affichée à l'étape 2.")).toBeVisible();
  await expect(page.getByRole("cell", { name: "< 5" })).toBeVisible();
  await player.answerChoice("q3", ["CRP à 80 mg/L", "Opacité radiologique"]);
  await player.answerText("q4", "80");
  await player.nextStage();

  await player.answerTcs("q5", "Fortement plus probable");
  await player.answerOrdering("q6", ["Évaluer la gravité", "Débuter l'antibiothérapie", "Réévaluer à 48 heures"]);
  await expectAccessible(page);
  await player.finish();

  // 6 questions + 1 essential test = 7 points out of 7.
  await expect(page.getByTestId("mark20")).toHaveText("20/20");
  await expect(page.getByTestId("points")).toHaveText("7 / 7 points");
  await expect(page.getByTestId("missed-essential")).toHaveText("Aucun");
  await expect(page.getByText("KEYDECISIONSENTINEL décision clé du cas de test.")).toBeVisible();
  await expect(page.getByTestId("source-text").locator("mark").first()).toContainText("SOURCEQUOTE");
  await expectAccessible(page);
});

test("lost points are explained and investigations are scored, floor at zero included", async ({ page }) => {
  await signUp(page);
  const player = new Player(page);
  await player.start(SLUG, "training");
  await player.orderInvestigation("TEP-scanner");
  await player.answerChoice("q1", ["Fièvre"]);
  await expect(player.question("q1").getByText("0 / 1")).toBeVisible();
  await player.answerText("q2", "scanner");
  await player.nextStage();
  // Ticking the inacceptable option voids the question whatever else.
  await player.answerChoice("q3", ["CRP à 80 mg/L", "Opacité radiologique", "Toux sèche isolée"]);
  await expect(player.question("q3").getByText("0 / 1")).toBeVisible();
  await player.answerText("q4", "81");
  await player.nextStage();
  await player.answerTcs("q5", "Plus probable");
  await player.answerOrdering("q6", ["Débuter l'antibiothérapie", "Évaluer la gravité", "Réévaluer à 48 heures"]);
  await player.finish();
  // TCS 3/6 = 0.5; ordering: fixed first item misplaced → 0; TEP −1: raw total −0.5 → 0.
  await expect(page.getByTestId("mark20")).toHaveText("0/20");
  await expect(page.getByText("Le total des points était négatif ; il est ramené à zéro.")).toBeVisible();
  await expect(page.getByTestId("missed-essential")).toHaveText("Radiographie thoracique");
  await expect(page.getByTestId("wasteful")).toHaveText("TEP-scanner");
});

test("an attempt resumes where it stopped, from another browser", async ({ browser }) => {
  const first = await browser.newContext();
  const page = await first.newPage();
  const account = await signUp(page);
  const player = new Player(page);
  const attemptId = await player.start(SLUG, "training");
  await player.answerChoice("q1", ["Toux"]);
  await first.close();

  const second = await browser.newContext();
  const other = await second.newPage();
  await signIn(other, account.email, account.password);
  await other.goto(`/cases/${SLUG}`);
  await other.getByTestId("attempt-row").getByRole("link", { name: "Reprendre" }).click();
  await expect(other).toHaveURL(new RegExp(`/attempts/${attemptId}$`));
  const resumed = new Player(other);
  await expect(resumed.question("q1").getByText("EXPLANATIONSENTINELQ1 la toux est le symptôme rapporté.")).toBeVisible();
  await expect(resumed.question("q2").getByRole("button", { name: "Valider ma réponse" })).toBeVisible();
  await second.close();
});

test("exam mode: no feedback before the end, then the debrief", async ({ page }) => {
  await signUp(page);
  const player = new Player(page);
  await player.start(SLUG, "exam");
  await expect(page.getByText("Mode examen : la correction sera donnée à la fin.")).toBeVisible();
  await expect(page.getByRole("timer")).toContainText("Temps restant");
  const answered = await actionResponseText(page, () => player.answerChoice("q1", ["Toux"]));
  // The action returns the answer that stands, without its key or explanation.
  expect(answered).toContain('"ok":true');
  expect(answered).not.toContain("EXPLANATIONSENTINELQ1");
  expect(answered).toContain('"feedback":null');
  expect(answered).not.toMatch(/"(correct|explanation|reasons)"/);
  await expect(player.question("q1").getByRole("list", { name: "Votre réponse" })).toContainText("Toux");
  await expect(page.getByText("EXPLANATIONSENTINELQ1")).toHaveCount(0);
  const html = await (await page.request.get(page.url())).text();
  expect(html).not.toContain("EXPLANATIONSENTINELQ1");
  await player.answerText("q2", "radiographie");
  await player.nextStage();
  await player.answerChoice("q3", ["CRP à 80 mg/L", "Opacité radiologique"]);
  await player.answerText("q4", "80");
  await player.nextStage();
  await player.answerTcs("q5", "Fortement plus probable");
  await player.answerOrdering("q6", ["Évaluer la gravité", "Débuter l'antibiothérapie", "Réévaluer à 48 heures"]);
  await player.finish();
  await expect(page.getByTestId("mark20")).toHaveText(/^1[0-9]([,.]\d+)?\/20$/);
  await expect(page.getByText("EXPLANATIONSENTINELQ1 la toux est le symptôme rapporté.")).toBeVisible();
});
