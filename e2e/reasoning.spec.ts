import { test, expect, signUp, expectAccessible, sharedPlayer } from "./support";
import { Player } from "./player-page";
import { captureAction, postAction } from "./actions";

const SLUG = "cas-raisonnement";
/** The author's keys of the reasoning tasks: earned only by answering them. */
const KEYS = ["SUMMARYSENTINEL", "QUALSENTINELA", "QUALSENTINELB", "REPEXPLSENTINEL", "DIFFEXPLSENTINEL", "STEMSENTINELR3", "STAGETWOREASONING"];
const leaked = (text: string) => KEYS.filter((s) => text.includes(s));

test("the author's summary, qualifiers and ranked list reach the browser only once each task is answered", async ({ page }) => {
  await signUp(page);
  const player = new Player(page);
  await player.start(SLUG, "training");
  const url = page.url();
  const html = await (await page.request.get(url)).text();
  const rsc = await (await page.request.get(url, { headers: { RSC: "1" } })).text();
  for (const body of [html, rsc]) {
    expect(body).toContain("REASONINGNARRATIVE"); // control: earned content is visible to the check
    expect(leaked(body)).toEqual([]);
    // Key fields with values (the message catalogue sent to the page names some of these keys, without values).
    expect(body).not.toMatch(/\\?"(qualifiers|ranking)\\?":\[|\\?"cantMiss\\?":(true|false)/);
  }

  // Answered: the summary arrives with the action's response (training), and not the differential's key.
  const card = player.question("r1");
  await card.getByLabel(/Votre représentation du problème/).fill("Femme de 30 ans avec QUALSENTINELA.");
  await player.submit(card);
  await expect(card.getByTestId("author-summary")).toHaveText("SUMMARYSENTINEL femme de 30 ans avec QUALSENTINELA et QUALSENTINELB depuis deux heures.");
  await expect(card.getByTestId("author-summary").locator("mark")).toHaveText(["QUALSENTINELA", "QUALSENTINELB"]);
  const after = await (await page.request.get(url, { headers: { RSC: "1" } })).text();
  expect(after).toContain("SUMMARYSENTINEL");
  expect(after).not.toMatch(/DIFFEXPLSENTINEL|STEMSENTINELR3|"ranking":\[|"cantMiss":(true|false)/);
});

// One learner's two reasoning tasks on one page: one test per step, each within the suite's 60 s.
test.describe.serial("problem representation then ranked differential, by keyboard, scored as stated, self-check stored", () => {
  const shared = sharedPlayer();

  test("the problem representation is submitted, then self-checked against the author's qualifiers", async () => {
    await shared.player().start(SLUG, "training");

    const r1 = shared.player().question("r1");
    await r1.getByLabel(/Votre représentation du problème/).fill("Femme de 30 ans avec QUALSENTINELA.");
    await shared.player().submit(r1);
    await expect(r1.getByText("Exercice formatif : non noté.")).toBeVisible();
    await r1.getByRole("checkbox", { name: "QUALSENTINELA" }).check();
    await r1.getByRole("button", { name: "Enregistrer mon auto-évaluation" }).click();
    await expect(r1.getByText("Auto-évaluation : 1 qualificatif(s) clé(s) sur 2 dans votre synthèse.")).toBeVisible();
  });

  test("the differential, with the keyboard only: search, Enter adds the first match, Space flags, buttons move", async () => {
    const r2 = shared.player().question("r2");
    await expect(r2.getByRole("button", { name: /^Ajouter/ })).toHaveText([
      "+Attaque de panique",
      "+Dissection aortique",
      "+Douleur pariétale",
      "+Embolie pulmonaire",
      "+Péricardite aiguë",
      "+Pneumothorax",
      "+Reflux gastro-œsophagien",
      "+Syndrome coronarien aigu",
      "+Zona thoracique",
    ]);
    const search = r2.getByLabel("Rechercher un diagnostic");
    await search.focus();
    await shared.page().keyboard.type("coronarien");
    await expect(r2.getByText("1 diagnostic correspondant")).toBeVisible();
    await shared.page().keyboard.press("Enter");
    await expect(search).toBeFocused();
    await shared.page().keyboard.type("embolie");
    await shared.page().keyboard.press("Enter");
    await shared.page().keyboard.type("panique");
    await shared.page().keyboard.press("Enter");
    const ranking = r2.getByTestId("differential-ranking").getByRole("listitem");
    await expect(ranking).toHaveCount(3);
    // Embolie pulmonaire up to first place, by keyboard.
    await r2.getByRole("button", { name: "Monter « Embolie pulmonaire »" }).focus();
    await shared.page().keyboard.press("Enter");
    await expect(ranking.nth(0)).toContainText("Embolie pulmonaire");
    for (const text of ["Embolie pulmonaire", "Syndrome coronarien aigu"]) {
      const flag = r2.getByRole("checkbox", { name: `« ${text} » est un diagnostic à ne pas manquer` });
      await flag.focus();
      await shared.page().keyboard.press("Space");
      await expect(flag).toBeChecked();
    }
    await expectAccessible(shared.page());
  });

  test("the differential is scored as stated, with the author's ranking and the scale", async () => {
    const r2 = shared.player().question("r2");
    await shared.player().submit(r2);

    // Presence 2/3, rank 2/3 (EP and SCA in place), can't-miss 2/2: 0.5 × 0.6667 + 0.2 × 0.6667 + 0.3 = 0.7667.
    const feedback = r2.getByTestId("differential-feedback");
    await expect(r2.getByTestId("question-points")).toHaveText("0,767 / 1");
    await expect(feedback.getByTestId("differential-parts")).toHaveText("Présence 0,67 · rang 0,67 · à ne pas manquer 1");
    await expect(feedback.getByTestId("author-ranking").getByRole("listitem")).toHaveText([
      /Embolie pulmonaire.*À ne pas manquer.*dans votre liste au rang 1/,
      /Syndrome coronarien aigu.*À ne pas manquer.*dans votre liste au rang 2/,
      /Péricardite aiguë.*absent de votre liste/,
    ]);
    await expect(feedback.getByText(/^Barème : crédit = 0,5 × présence/)).toBeVisible();
    await expect(r2.getByText("Diagnostic attendu absent de votre liste : « Péricardite aiguë » (rang 3 de l'auteur).")).toBeVisible();
    await expectAccessible(shared.page());
  });

  test("after a reload, the self-check and the answers stand", async () => {
    await shared.page().reload();
    await expect(shared.player().question("r1").getByTestId("self-check").getByRole("listitem")).toHaveText([/QUALSENTINELA — présent dans votre synthèse/, /QUALSENTINELB — absent de votre synthèse/]);
    await expect(shared.player().question("r2").getByTestId("differential-answer").getByRole("listitem")).toHaveText([/Embolie pulmonaire/, /Syndrome coronarien aigu/, /Attaque de panique/]);
  });
});

test("direct POSTs: a differential before its turn and a self-check before the summary is earned are refused", async ({ page }) => {
  await signUp(page);
  const player = new Player(page);
  const first = await player.start(SLUG, "training");
  const r1 = player.question("r1");
  await r1.getByLabel(/Votre représentation du problème/).fill("Une synthèse.");
  const submit = await captureAction(page, () => player.submit(r1));
  const selfCheck = await captureAction(page, async () => {
    await r1.getByRole("button", { name: "Enregistrer mon auto-évaluation" }).click();
    await expect(r1.getByTestId("self-check")).toBeVisible();
  });

  // A second attempt, nothing answered yet.
  const second = await player.start(SLUG, "exam");
  expect(second).not.toBe(first);
  const early = await postAction(page, submit, [second, "r2", { type: "differential", ranking: [{ id: "ep", cantMiss: true }] }, 1000]);
  expect(early.text).toContain('"code":"locked"');
  expect(early.text).not.toMatch(/DIFFEXPLSENTINEL|Embolie pulmonaire|"cantMiss":(true|false)/);
  const notEarned = await postAction(page, selfCheck, [second, "r1", ["qa"]]);
  expect(notEarned.text).toContain('"code":"locked"');
  expect(leaked(notEarned.text)).toEqual([]);

  // Exam mode: answering the representation returns no key.
  const r1exam = player.question("r1");
  await r1exam.getByLabel(/Votre représentation du problème/).fill("Une synthèse.");
  await player.submit(r1exam);
  const stillLocked = await postAction(page, selfCheck, [second, "r1", ["qa"]]);
  expect(stillLocked.text).toContain('"code":"locked"');
  const rsc = await (await page.request.get(page.url(), { headers: { RSC: "1" } })).text();
  expect(rsc).not.toMatch(/SUMMARYSENTINEL|QUALSENTINEL|REPEXPLSENTINEL/);
  // Malformed input changes nothing: unknown qualifier on the first attempt (already checked) comes back unchanged.
  const again = await postAction(page, selfCheck, [first, "r1", ["zz"]]);
  expect(again.text).toContain('"ok":true');
  expect(again.text).toContain('"qualifiers":[]');
});

test("the differential works on a 390 px phone", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signUp(page);
  const player = new Player(page);
  await player.start(SLUG, "training");
  const r1 = player.question("r1");
  await r1.getByLabel(/Votre représentation du problème/).fill("Femme de 30 ans.");
  await player.submit(r1);
  const r2 = player.question("r2");
  await r2.getByLabel("Rechercher un diagnostic").fill("embol");
  await r2.getByRole("button", { name: "Ajouter « Embolie pulmonaire »" }).click();
  await r2.getByRole("checkbox", { name: "« Embolie pulmonaire » est un diagnostic à ne pas manquer" }).check();
  // Nothing overflows the phone's width.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBe(0);
  await expectAccessible(page);
  await player.submit(r2);
  // Presence 1/3, rank 1/3, can't-miss 1/2 → 0.1667 + 0.0667 + 0.15 = 0.3833.
  await expect(r2.getByTestId("question-points")).toHaveText("0,383 / 1");
});
