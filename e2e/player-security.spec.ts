import fs from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { test, expect, sharedPlayer, signUp } from "./support";
import { Player } from "./player-page";
import { expireAttempt } from "./accounts";
import { actionResponseText, captureAction, postAction, type CapturedAction } from "./actions";

const SLUG = "cas-sentinelle";

/** Question 2's own strings: its stem and new information arrive once question 1 is answered. */
const Q2_CONTENT = ["STEMSENTINELQ2", "NEWINFOSENTINELQ2", "NEWINFOLABSENTINEL"];
/** Question 2's key, explanation and erratum: earned only by answering it. */
const Q2_KEY = ["EXPLANATIONSENTINELQ2", "KEYSENTINELQ2", "ERRATUMQ2SENTINEL"];
/** The later questions' stems, options, new information, keys and explanations. */
const LATER = [
  "STEMSENTINELQ4",
  "NEWINFOSENTINELQ4",
  "EXPLANATIONSENTINELQ4",
  "STEMSENTINELQ6",
  "EXPLANATIONSENTINELQ6",
  "STEMSENTINELQ7",
  "OPTIONSENTINELQ7",
  "EXPLANATIONSENTINELQ7",
  "STEMSENTINELQ8",
  "ZONESENTINELQ8",
  "ZONEFEEDBACKSENTINEL",
  "EXPLANATIONSENTINELQ8",
  "ERRATUMDEBRIEFSENTINEL",
];

/** Strings of the test case that the learner has not earned at the start of stage 1. */
const LOCKED = [
  ...Q2_CONTENT,
  ...Q2_KEY,
  ...LATER,
  "STAGETWONARRATIVE",
  "STAGETHREENARRATIVE",
  "RESULTSENTINELRADIO",
  "RESULTSENTINELPET",
  "RESULTSENTINELHEMOC",
  "RATIONALESENTINEL",
  "EXPLANATIONSENTINELQ1",
  "EXPLANATIONSENTINELQ2",
  "EXPLANATIONSENTINELQ3",
  "EXPLANATIONSENTINELQ5",
  "OPTIONFEEDBACKSENTINEL",
  "KEYDECISIONSENTINEL",
  "TEACHINGSENTINEL",
  "ERRATUMSENTINEL",
  "SOURCEQUOTEBETA",
];

function leaked(text: string, strings = LOCKED): string[] {
  return strings.filter((s) => text.includes(s));
}

test("locked stages, unordered results and unanswered keys are absent from the HTML, the RSC payload and the bundles", async ({ page }) => {
  await signUp(page);
  const player = new Player(page);
  await player.start(SLUG, "training");
  const url = page.url();

  const html = await (await page.request.get(url)).text();
  expect(html).toContain("STAGEONENARRATIVE"); // control: the check can see earned content
  expect(leaked(html)).toEqual([]);
  // No answer key fields travel with the questions.
  expect(html).not.toMatch(/\\?"(correct|pmz|inacceptable)\\?":(true|false)|\\?"panel\\?":\{\\?"-2|\\?"accepted\\?":\[/);

  const rsc = await (await page.request.get(url, { headers: { RSC: "1" } })).text();
  expect(rsc).toContain("STAGEONENARRATIVE");
  expect(leaked(rsc)).toEqual([]);
  expect(rsc).not.toMatch(/"(correct|pmz|inacceptable)":(true|false)|"panel":\{"-2|"accepted":\[/);
  expect(leaked(await page.content())).toEqual([]);

  // Static client bundles never contain case content of any kind.
  const staticDir = path.join(process.env.NEXT_DIST_DIR || ".next", "static");
  const files: string[] = [];
  const walk = (d: string) => fs.readdirSync(d, { withFileTypes: true }).forEach((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : files.push(path.join(d, e.name))));
  walk(staticDir);
  expect(files.length).toBeGreaterThan(0);
  const bundleLeaks = files.filter((f) => /\.(js|css|json|txt)$/.test(f)).flatMap((f) => leaked(fs.readFileSync(f, "utf8"), [...LOCKED, "STAGEONENARRATIVE", "Janssens"]));
  expect(bundleLeaks).toEqual([]);

  // Earned on order / on answer, and only then. The action's own response carries what it earned
  // (the player shows it without reloading the page), and nothing else.
  const ordered = await actionResponseText(page, () => player.orderInvestigation("Radiographie thoracique"));
  expect(ordered).toContain("RESULTSENTINELRADIO");
  expect(leaked(ordered, LOCKED.filter((s) => s !== "RESULTSENTINELRADIO"))).toEqual([]);
  const answered = await actionResponseText(page, () => player.answerChoice("q1", ["Toux"]));
  expect(answered).toContain("EXPLANATIONSENTINELQ1");
  expect(answered).toContain("OPTIONFEEDBACKSENTINEL");
  // The answer's response carries the question it made reachable (stem, new information), shown in
  // place, and nothing of its key nor of anything later.
  expect(leaked(answered, Q2_CONTENT)).toEqual(Q2_CONTENT);
  expect(leaked(answered, LOCKED.filter((s) => s !== "EXPLANATIONSENTINELQ1" && s !== "OPTIONFEEDBACKSENTINEL" && !Q2_CONTENT.includes(s)))).toEqual([]);
  const after = await (await page.request.get(url, { headers: { RSC: "1" } })).text();
  expect(after).toContain("RESULTSENTINELRADIO");
  expect(after).toContain("EXPLANATIONSENTINELQ1");
  expect(leaked(after, Q2_CONTENT)).toEqual(Q2_CONTENT);
  expect(leaked(after, ["RESULTSENTINELPET", "STAGETWONARRATIVE", ...Q2_KEY, ...LATER])).toEqual([]);
  // Control: the key of the answered question now travels, so the key-field check above can fail.
  expect(after).toMatch(/"correct":true/);
});

/**
 * Every response the browser receives (documents, RSC payloads, scripts, styles, action responses),
 * read by a route that fetches it and hands the same bytes on: `take()` returns those received since
 * the last call.
 */
async function recordResponses(page: Page) {
  let bodies: { url: string; text: string }[] = [];
  await page.route("**/*", async (route) => {
    const response = await route.fetch();
    const body = await response.body();
    bodies.push({ url: route.request().url(), text: body.toString("utf8") });
    await route.fulfill({ response, body });
  });
  return {
    take() {
      const out = bodies;
      bodies = [];
      return out;
    },
    /**
     * Removes the route once the responses it is handling have been handed on. A handler still
     * fetching when its test ends (a refresh the last answer started) would fail with "Test ended",
     * an error Playwright then reports in whichever test runs next.
     */
    stop: () => page.unrouteAll({ behavior: "wait" }),
  };
}
const leaksIn = (bodies: { url: string; text: string }[], strings: string[]) => bodies.flatMap((b) => leaked(b.text, strings).map((s) => `${s} in ${b.url}`));

test("one question at a time: every byte the browser receives carries nothing of a question not reached, nor of its key", async ({ page }) => {
  await signUp(page);
  const player = new Player(page);
  const recorder = await recordResponses(page);
  await player.start(SLUG, "training");
  const atStart = recorder.take();
  expect(atStart.some((b) => b.text.includes("STAGEONENARRATIVE"))).toBe(true); // control
  expect(atStart.filter((b) => /\.js($|\?)/.test(b.url)).length).toBeGreaterThan(0);
  expect(leaksIn(atStart, LOCKED)).toEqual([]);

  // Answering question 1: its feedback arrives with question 2's stem and new information, never its
  // key, explanation or erratum, nor anything later.
  await player.answerChoice("q1", ["Toux"]);
  await expect(player.question("q2").getByTestId("new-information")).toContainText("NEWINFOSENTINELQ2");
  const afterQ1 = recorder.take();
  expect(afterQ1.some((b) => b.text.includes("EXPLANATIONSENTINELQ1"))).toBe(true); // control
  expect(afterQ1.some((b) => b.text.includes("STEMSENTINELQ2"))).toBe(true); // control
  expect(leaksIn(afterQ1, [...Q2_KEY, ...LATER])).toEqual([]);

  // Answering question 2 earns its erratum; the later questions stay out of every response.
  await player.answerText("q2", "radiographie");
  const afterQ2 = recorder.take();
  expect(afterQ2.some((b) => b.text.includes("ERRATUMQ2SENTINEL"))).toBe(true); // control: earned now
  expect(leaksIn(afterQ2, LATER)).toEqual([]);
  await recorder.stop();
});

// One learner's attempt on one page: one test per step, each within the suite's 60 s.
test.describe.serial("direct POSTs: a question not reached yet is refused and writes nothing; so is a test once its stage's menu has closed", () => {
  const shared = sharedPlayer();
  let attemptId: string;
  let submit: CapturedAction;

  test("stage 1 answered: a test ordered after its menu has closed is refused", async () => {
    const page = shared.page();
    const player = shared.player();
    attemptId = await player.start(SLUG, "training");
    const order = await captureAction(page, () => player.orderInvestigation("Radiographie thoracique"));
    submit = await captureAction(page, () => player.answerChoice("q1", ["Toux"]));
    await player.answerText("q2", "radiographie");
    // Stage 1 answered: its menu is closed.
    const closedMenu = await postAction(page, order, [attemptId, "inv-pet"]);
    expect(closedMenu.text).toContain('"code":"menu-closed"');
    expect(closedMenu.text).not.toContain("RESULTSENTINELPET");
  });

  test("stage 2: question 4 is not reached before question 3 is answered, and nothing was stored for it", async () => {
    const page = shared.page();
    const player = shared.player();
    await player.nextStage();

    // Question 4 is not reached before question 3 is answered.
    const early = await postAction(page, submit, [attemptId, "q4", { type: "numeric", value: 81 }, 1000]);
    expect(early.text).toContain('"code":"locked"');
    expect(early.text).not.toMatch(/STEMSENTINELQ4|EXPLANATIONSENTINELQ4|NEWINFOSENTINELQ4/);
    await page.reload();
    await expect(player.question("q4")).toHaveCount(0);
    await player.answerChoice("q3", ["CRP à 80 mg/L", "Opacité radiologique"]);
    // Nothing was stored for question 4: it opens unanswered.
    await expect(player.question("q4").getByRole("button", { name: "Valider ma réponse" })).toBeVisible();
    await player.answerText("q4", "80");
    await expect(player.question("q4").getByText("1 / 1")).toBeVisible();
    // The test ordered in stage 1 counts, the refused one does not: one essential test, no harmful one.
    await expect(page.getByTestId("investigation-inv-radio")).toContainText("RESULTSENTINELRADIO");
    await expect(page.getByTestId("investigation-inv-pet")).not.toContainText("Demandé");
  });
});

test.describe.serial("direct POSTs: a locked stage's question or test is refused and writes nothing; a second submission records one answer", () => {
  const shared = sharedPlayer();
  let attemptId: string;

  test("a locked stage's question and test, a second answer and a malformed one, posted directly", async () => {
    const page = shared.page();
    const player = shared.player();
    attemptId = await player.start(SLUG, "training");
    const submit = await captureAction(page, () => player.answerChoice("q1", ["Toux"]));

    const locked = await postAction(page, submit, [attemptId, "q3", { type: "qrm", choices: ["a", "b"] }, 1000]);
    expect(locked.text).toContain('"code":"locked"');
    expect(locked.text).not.toContain("EXPLANATIONSENTINELQ3");

    const again = await postAction(page, submit, [attemptId, "q1", { type: "qru", choice: "b" }, 1000]);
    expect(again.text).toContain('"ok":true');
    const malformed = await postAction(page, submit, [attemptId, "q2", { type: "qroc", text: "un deux trois quatre cinq six" }, 1000]);
    expect(malformed.text).toContain('"code":"invalid"');

    const order = await captureAction(page, () => player.orderInvestigation("TEP-scanner"));
    const lockedTest = await postAction(page, order, [attemptId, "inv-hemoc"]);
    expect(lockedTest.text).toContain('"code":"locked"');
    expect(lockedTest.text).not.toContain("RESULTSENTINELHEMOC");
  });

  test("after a reload: the first answer stands, nothing was written by the refused ones", async () => {
    const page = shared.page();
    const player = shared.player();
    await page.reload();
    // The first answer stands (Toux), the malformed one was not stored.
    await expect(player.question("q1").getByText("0 / 1")).toHaveCount(0);
    await expect(player.question("q1").getByText("1 / 1")).toBeVisible();
    await expect(player.question("q2").getByRole("button", { name: "Valider ma réponse" })).toBeVisible();
    await player.answerText("q2", "radiographie");
    await player.nextStage();
    // Nothing was written for q3 by the refused POST: it is still open.
    await expect(player.question("q3").getByRole("button", { name: "Valider ma réponse" })).toBeVisible();
    await expect(page.getByTestId("investigation-inv-hemoc").getByRole("button", { name: "Demander : Hémocultures" })).toBeVisible();
  });
});

// Two learners on their own pages: one test per step, each within the suite's 60 s.
test.describe.serial("another student's attempt is not found, and its actions are refused", () => {
  const owner = sharedPlayer();
  const intruder = sharedPlayer();
  let attemptId: string, ownAttempt: string;
  let submit: CapturedAction;

  test("the owner starts an attempt; the intruder starts their own and answers", async () => {
    attemptId = await owner.player().start(SLUG, "training");
    ownAttempt = await intruder.player().start(SLUG, "training");
    submit = await captureAction(intruder.page(), () => intruder.player().answerChoice("q1", ["Toux"]));
  });

  test("the owner's attempt and debrief are not found for the intruder", async () => {
    const page = intruder.page();
    await page.goto(`/attempts/${attemptId}`);
    await expect(page.getByRole("heading", { name: "Page introuvable" })).toBeVisible();
    await expect(page.getByText("STAGEONENARRATIVE")).toHaveCount(0);
    await page.goto(`/attempts/${attemptId}/debrief`);
    await expect(page.getByRole("heading", { name: "Page introuvable" })).toBeVisible();
  });

  test("the intruder's answer posted to the owner's attempt is refused; the owner's question is still unanswered", async () => {
    const refused = await postAction(intruder.page(), submit, [attemptId, "q1", { type: "qru", choice: "b" }, 1000], submit.url.replace(ownAttempt, attemptId));
    expect(refused.text).toContain('"code":"not-found"');

    // The owner's question is still unanswered.
    await owner.page().reload();
    await expect(owner.player().question("q1").getByRole("button", { name: "Valider ma réponse" })).toBeVisible();
  });
});

// The case played to its end on one page, then the POST: steps that each fit the suite's 60 s.
test.describe.serial("a finished attempt refuses further submissions", () => {
  const shared = sharedPlayer();
  let attemptId: string;
  let submit: CapturedAction;

  test("stages 1 and 2 answered, the answer action captured", async () => {
    const player = shared.player();
    attemptId = await player.start(SLUG, "training");
    submit = await captureAction(shared.page(), () => player.answerChoice("q1", ["Toux"]));
    await player.answerText("q2", "radio");
    await player.nextStage();
    await player.answerChoice("q3", ["Opacité radiologique"]);
    await player.answerText("q4", "80");
    await player.nextStage();
  });

  test("stage 3 answered and the attempt finished; a further submission is refused", async () => {
    const player = shared.player();
    await player.answerTcs("q5", "Plus probable");
    await player.answerOrdering("q6", ["Évaluer la gravité", "Débuter l'antibiothérapie", "Réévaluer à 48 heures"]);
    await player.answerLongMenu("q7", ["Amoxicilline", "Lévofloxacine"]);
    await player.answerZone("q8", ["fréquence respiratoire est à 32/min"]);
    await player.finish();
    const closed = await postAction(shared.page(), submit, [attemptId, "q1", { type: "qru", choice: "b" }, 1000], submit.url);
    expect(closed.text).toContain('"code":"closed"');
  });
});

test("exam mode: once the server's deadline passes, submissions are refused and the attempt is scored", async ({ page }) => {
  await signUp(page);
  const player = new Player(page);
  const attemptId = await player.start(SLUG, "exam");
  const submit = await captureAction(page, () => player.answerChoice("q1", ["Toux"]));
  // The server's deadline passes (moved in the test database rather than waited for).
  await expireAttempt(attemptId);
  const late = await postAction(page, submit, [attemptId, "q2", { type: "qroc", text: "radiographie" }, 1000]);
  expect(late.text).toContain('"code":"closed"');
  await page.goto(`/attempts/${attemptId}`);
  await expect(page).toHaveURL(/\/debrief$/);
  // q1 right (1) out of 8 questions + 1 essential test: 1/9.
  await expect(page.getByTestId("points")).toHaveText("1 / 9 points");
  await expect(player.question("q2").getByText("Pas de réponse donnée.")).toBeVisible();
});

const MENU_SLUG = "cas-menu-sentinelle";
/** The first question of the menu case's stage 1: shown only once the learner has finished ordering. */
const MENU_Q1 = ["MENUSTEMQ1", "MENUOPTIONQ1A", "MENUOPTIONQ1B", "MENUOPTIONQ1C", "MENUOPTIONQ1D"];
/** Later or unearned: never sent while stage 1's first question is not answered. */
const MENU_LATER = ["MENUEXPLANATIONQ1", "MENUSTEMQ2", "MENUEXPLANATIONQ2", "MENUSTAGETWONARRATIVE", "MENUSTEMQ3", "MENUOPTIONQ3A", "MENURESULTIRM", "MENURESULTNFS"];

// One learner on one page: one test per step, each within the suite's 60 s.
test.describe.serial("J'ai terminé mes demandes: the first question reaches no response before the learner has finished ordering; then ordering is refused", () => {
  const shared = sharedPlayer();
  let submit: CapturedAction, order: CapturedAction, close: CapturedAction;
  let attemptId: string;
  let url: string;
  let recorder: Awaited<ReturnType<typeof recordResponses>>;

  test("before the learner has finished ordering, the first question is in no response and cannot be answered", async () => {
    const page = shared.page();
    const player = shared.player();
    // The answer action, captured on another case: the same endpoint serves every attempt.
    await player.start(SLUG, "training");
    submit = await captureAction(page, () => player.answerChoice("q1", ["Toux"]));
    recorder = await recordResponses(page);
    attemptId = await player.start(MENU_SLUG, "training");
    url = page.url();
    const html = await (await page.request.get(url)).text();
    const rsc = await (await page.request.get(url, { headers: { RSC: "1" } })).text();
    expect(html).toContain("MENUSTAGEONENARRATIVE"); // control
    expect(rsc).toContain("MENUSTAGEONENARRATIVE");
    expect([...leaked(html, [...MENU_Q1, ...MENU_LATER]), ...leaked(rsc, [...MENU_Q1, ...MENU_LATER])]).toEqual([]);
    await expect(page.getByText("Les questions de cette étape s'afficheront quand vous aurez terminé vos demandes d'examens.")).toBeVisible();
    await expect(page.getByTestId("question-card")).toHaveCount(0);

    order = await captureAction(page, () => player.orderInvestigation("Électrocardiogramme"));
    await expect(page.getByTestId("investigation-m-inv-ecg")).toContainText("MENURESULTECG");
    // A direct POST answering the first question before the learner has finished ordering: refused, nothing stored.
    const early = await postAction(page, submit, [attemptId, "m1", { type: "qru", choice: "a" }, 1000], url);
    expect(early.text).toContain('"code":"locked"');
    const atStart = recorder.take();
    expect(atStart.some((b) => b.text.includes("MENURESULTECG"))).toBe(true); // control: the order's response
    expect(leaksIn(atStart, [...MENU_Q1, ...MENU_LATER])).toEqual([]);
  });

  test("by keyboard: the button asks for a confirmation, which can be cancelled, then given; the first question comes", async () => {
    const page = shared.page();
    const player = shared.player();
    const finish = page.getByRole("button", { name: "J'ai terminé mes demandes" });
    await finish.focus();
    await page.keyboard.press("Enter");
    await expect(page.getByText("Vous ne pourrez plus demander d'examen dans cette étape. Afficher la première question ?")).toBeVisible();
    await expect(page.getByRole("button", { name: "Oui, j'ai terminé" })).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(page.getByRole("button", { name: "Annuler" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(finish).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("button", { name: "Oui, j'ai terminé" })).toBeFocused();
    close = await captureAction(page, () => page.keyboard.press("Enter"));
    await expect(player.question("m1")).toContainText("MENUSTEMQ1");
    await expect(page.getByRole("heading", { name: "Questions" })).toBeFocused();
    await expect(page.getByTestId("investigation-m-inv-irm").getByRole("button")).toHaveCount(0);
    const afterClose = recorder.take();
    expect(afterClose.some((b) => b.text.includes("MENUSTEMQ1"))).toBe(true); // control: earned now
    expect(leaksIn(afterClose, MENU_LATER)).toEqual([]);
    await recorder.stop();
  });

  test("ordering after closing is refused and writes nothing; closing again changes nothing; the next stage's step is refused", async () => {
    const page = shared.page();
    const player = shared.player();
    const late = await postAction(page, order, [attemptId, "m-inv-irm"], url);
    expect(late.text).toContain('"code":"menu-closed"');
    expect(late.text).not.toContain("MENURESULTIRM");
    const again = await postAction(page, close, [attemptId, "m-s1"], url);
    expect(again.text).toContain('"ok":true');
    // Only the stage in progress: the next stage's step is refused.
    const ahead = await postAction(page, close, [attemptId, "m-s2"], url);
    expect(ahead.text).toContain('"code":"locked"');
    await page.reload();
    await expect(page.getByTestId("investigation-m-inv-irm")).not.toContainText("Demandé");
    await expect(page.getByTestId("investigation-m-inv-ecg")).toContainText("MENURESULTECG");
    await expect(page.getByTestId("finish-ordering")).toHaveCount(0);
    // Nothing was stored for the refused early answer: the first question is open.
    await expect(player.question("m1").getByRole("button", { name: "Valider ma réponse" })).toBeVisible();
  });
});

test.describe.serial("J'ai terminé mes demandes in exam mode: each stage asks again, and the case plays to its debrief", () => {
  const shared = sharedPlayer();

  test("stage 1: a test ordered, ordering finished, both questions answered", async () => {
    const player = shared.player();
    await player.start(MENU_SLUG, "exam");
    await player.orderInvestigation("Électrocardiogramme");
    await player.finishOrdering();
    await player.answerChoice("m1", ["MENUOPTIONQ1A Embolie pulmonaire"]);
    await player.answerText("m2", "angioscanner");
  });

  test("stage 2 asks again before its question; the debrief counts 4 / 4", async () => {
    const page = shared.page();
    const player = shared.player();
    await player.nextStage();
    await expect(page.getByTestId("stage-2")).toContainText("MENUSTAGETWONARRATIVE");
    const rsc = await (await page.request.get(page.url(), { headers: { RSC: "1" } })).text();
    expect(rsc).toContain("MENUSTAGETWONARRATIVE"); // control
    expect(leaked(rsc, ["MENUSTEMQ3", "MENUOPTIONQ3A", "MENUEXPLANATIONQ1", "MENUEXPLANATIONQ3"])).toEqual([]);
    await player.finishOrdering();
    await player.answerChoice("m3", ["MENUOPTIONQ3A Anticoagulation curative"]);
    await player.finish();
    // 3 right answers (3 points) + the essential ECG (1 point), no harmful test: 4 / 4.
    await expect(page.getByTestId("points")).toHaveText("4 / 4 points");
  });
});
