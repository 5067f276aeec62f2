import fs from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { test, expect, signUp } from "./support";
import { Player } from "./player-page";
import { expireAttempt } from "./accounts";
import { actionResponseText, captureAction, postAction } from "./actions";

const SLUG = "cas-sentinelle";

// One question at a time re-renders the page after each answer: on the shared CI machine a full
// case takes longer than the default minute.
test.describe.configure({ timeout: 180_000 });

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
  expect(leaked(answered, LOCKED.filter((s) => s !== "EXPLANATIONSENTINELQ1" && s !== "OPTIONFEEDBACKSENTINEL"))).toEqual([]);
  // The answer's response does not carry the next question: the page's new render does.
  expect(leaked(answered, Q2_CONTENT)).toEqual([]);
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

  // Answering question 1: its feedback arrives; then the page's new render brings question 2's stem
  // and new information, never its key, explanation or erratum, nor anything later.
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
});

test("direct POSTs: a question not reached yet is refused and writes nothing; so is a test once its stage's menu has closed", async ({ page }) => {
  await signUp(page);
  const player = new Player(page);
  const attemptId = await player.start(SLUG, "training");
  const order = await captureAction(page, () => player.orderInvestigation("Radiographie thoracique"));
  const submit = await captureAction(page, () => player.answerChoice("q1", ["Toux"]));
  await player.answerText("q2", "radiographie");
  // Stage 1 answered: its menu is closed.
  const closedMenu = await postAction(page, order, [attemptId, "inv-pet"]);
  expect(closedMenu.text).toContain('"code":"menu-closed"');
  expect(closedMenu.text).not.toContain("RESULTSENTINELPET");
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

test("direct POSTs: a locked stage's question or test is refused and writes nothing; a second submission records one answer", async ({ page }) => {
  await signUp(page);
  const player = new Player(page);
  const attemptId = await player.start(SLUG, "training");
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

test("another student's attempt is not found, and its actions are refused", async ({ browser }) => {
  const ownerContext = await browser.newContext();
  const owner = await ownerContext.newPage();
  await signUp(owner);
  const ownerPlayer = new Player(owner);
  const attemptId = await ownerPlayer.start(SLUG, "training");

  const intruderContext = await browser.newContext();
  const intruder = await intruderContext.newPage();
  await signUp(intruder);
  const intruderPlayer = new Player(intruder);
  const ownAttempt = await intruderPlayer.start(SLUG, "training");
  const submit = await captureAction(intruder, () => intruderPlayer.answerChoice("q1", ["Toux"]));

  await intruder.goto(`/attempts/${attemptId}`);
  await expect(intruder.getByRole("heading", { name: "Page introuvable" })).toBeVisible();
  await expect(intruder.getByText("STAGEONENARRATIVE")).toHaveCount(0);
  await intruder.goto(`/attempts/${attemptId}/debrief`);
  await expect(intruder.getByRole("heading", { name: "Page introuvable" })).toBeVisible();

  const refused = await postAction(intruder, submit, [attemptId, "q1", { type: "qru", choice: "b" }, 1000], submit.url.replace(ownAttempt, attemptId));
  expect(refused.text).toContain('"code":"not-found"');

  // The owner's question is still unanswered.
  await owner.reload();
  await expect(ownerPlayer.question("q1").getByRole("button", { name: "Valider ma réponse" })).toBeVisible();
  await ownerContext.close();
  await intruderContext.close();
});

test("a finished attempt refuses further submissions", async ({ page }) => {
  await signUp(page);
  const player = new Player(page);
  const attemptId = await player.start(SLUG, "training");
  const submit = await captureAction(page, () => player.answerChoice("q1", ["Toux"]));
  await player.answerText("q2", "radio");
  await player.nextStage();
  await player.answerChoice("q3", ["Opacité radiologique"]);
  await player.answerText("q4", "80");
  await player.nextStage();
  await player.answerTcs("q5", "Plus probable");
  await player.answerOrdering("q6", ["Évaluer la gravité", "Débuter l'antibiothérapie", "Réévaluer à 48 heures"]);
  await player.answerLongMenu("q7", ["Amoxicilline", "Lévofloxacine"]);
  await player.answerZone("q8", ["fréquence respiratoire est à 32/min"]);
  await player.finish();
  const closed = await postAction(page, submit, [attemptId, "q1", { type: "qru", choice: "b" }, 1000], submit.url);
  expect(closed.text).toContain('"code":"closed"');
});

test("exam mode: once the server's deadline passes, submissions are refused and the attempt is scored", async ({ page }) => {
  await signUp(page);
  const player = new Player(page);
  const attemptId = await player.start(SLUG, "exam");
  const submit = await captureAction(page, () => player.answerChoice("q1", ["Toux"]));
  // The server's deadline passes (moved in the test database rather than waited for).
  expireAttempt(attemptId);
  const late = await postAction(page, submit, [attemptId, "q2", { type: "qroc", text: "radiographie" }, 1000]);
  expect(late.text).toContain('"code":"closed"');
  await page.goto(`/attempts/${attemptId}`);
  await expect(page).toHaveURL(/\/debrief$/);
  // q1 right (1) out of 8 questions + 1 essential test: 1/9.
  await expect(page.getByTestId("points")).toHaveText("1 / 9 points");
  await expect(player.question("q2").getByText("Pas de réponse donnée.")).toBeVisible();
});
