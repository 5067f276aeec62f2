import { test, expect, signUp, expectAccessible, sharedPlayer } from "./support";
import { Player } from "./player-page";
import { actionResponseText, captureAction, postAction } from "./actions";
import { answerDifferential, answerRepresentation } from "./reasoning-page";
import { orderFromCatalogue } from "./catalogue-page";

const SLUG = "cas-raisonnement";
/** The case's own tests in its catalogue stage: never sent before they are ordered. */
const CASE_TESTS = ["INVLABELSENTINEL", "RESULTSENTINELANGIO", "RESULTSENTINELDDIM", "r-inv-angio", "r-inv-ddimeres"];

/** Plays stage 1 (list menu) and opens stage 2, whose menu is the catalogue. */
async function toCatalogueStage(player: Player) {
  await answerRepresentation(player, "r1", "Femme de 30 ans.");
  await answerDifferential(player, "r2", [{ text: "Embolie pulmonaire", cantMiss: true }]);
  await player.answerChoice("r3", ["Angioscanner thoracique"]);
  await player.nextStage();
  await expect(player.page.getByTestId("catalogue-menu")).toBeVisible();
}

test("the catalogue stage sends the catalogue, never the tests the case defines", async ({ page }) => {
  await signUp(page);
  const player = new Player(page);
  await player.start(SLUG, "training");
  await toCatalogueStage(player);
  const url = page.url();
  for (const body of [await (await page.request.get(url)).text(), await (await page.request.get(url, { headers: { RSC: "1" } })).text()]) {
    expect(body).toContain("STAGETWOREASONING"); // control: the stage is there
    expect(body).toContain("Scanner thoraco-abdomino-pelvien"); // control: the catalogue is there
    expect(CASE_TESTS.filter((s) => body.includes(s))).toEqual([]);
    expect(body).not.toMatch(/\\?"relevance\\?":\\?"(essential|useful|unnecessary|harmful)/);
  }
});

// One learner on one page, from stage 1 to the debrief: one test per step, each within the suite's 60 s.
test.describe.serial("by keyboard: search, order a defined test (its result) and an undefined one (non contributif, counted as unnecessary)", () => {
  const shared = sharedPlayer();
  const menu = () => shared.page().getByTestId("catalogue-menu");
  const ordered = () => menu().getByTestId("catalogue-ordered").getByRole("listitem");

  test("stage 1 played; in the catalogue, Enter in the search box orders nothing, Tab then Enter orders the match", async () => {
    await shared.player().start(SLUG, "training");
    await toCatalogueStage(shared.player());
    const search = menu().getByLabel("Rechercher un examen");
    await search.focus();
    await shared.page().keyboard.type("angio tdm");
    await expect(menu().getByText("1 examen correspondant")).toBeVisible();
    // Enter in the search box orders nothing (a test costs points); Tab reaches the result's button.
    await shared.page().keyboard.press("Enter");
    await expect(menu().getByText("Aucun examen demandé pour l'instant.")).toBeVisible();
    await shared.page().keyboard.press("Tab");
    await expect(menu().getByRole("button", { name: "Demander « Angioscanner thoracique »" })).toBeFocused();
    await shared.page().keyboard.press("Enter");
    await expect(ordered()).toHaveText([/INVLABELSENTINEL angioscanner thoracique.*RESULTSENTINELANGIO embolie pulmonaire proximale droite\./]);
  });

  test("a synonym finds a test the case does not define: non contributif, ordered once", async () => {
    // A synonym finds the test; the case does not define it.
    await menu().getByLabel("Rechercher un examen").fill("thyréostimuline");
    await menu().getByRole("button", { name: "Demander « TSH »" }).click();
    await expect(ordered()).toHaveText([/RESULTSENTINELANGIO/, /TSH.*Non contributif dans ce cas\./]);
    // Ordering it again is acknowledged and records nothing more.
    const again = await actionResponseText(shared.page(), () => menu().getByRole("button", { name: "Demander « TSH »" }).click());
    expect(again).toContain('"result":"Non contributif dans ce cas."');
    await expect(ordered()).toHaveCount(2);
    await shared.page().reload();
    await expect(shared.page().getByTestId("catalogue-ordered").getByRole("listitem")).toHaveText([/RESULTSENTINELANGIO/, /TSH.*Non contributif dans ce cas\./]);
    await expectAccessible(shared.page());
  });

  test("the debrief counts the defined test and the undefined one as unnecessary", async () => {
    await shared.player().answerChoice("r4", ["Anticoagulation curative"]);
    await shared.player().finish();
    // r1 0 + r2 0.3833 + r3 1 + r4 1 + angioscanner 1 − TSH 0.5 = 2.8833 of 5 → 11.53/20.
    await expect(shared.page().getByTestId("mark20")).toHaveText("11,53/20");
    await expect(shared.page().getByTestId("wasteful")).toHaveText("TSH");
  });
});

test("direct POSTs: the case's own ids are refused in a catalogue stage, and an unknown test too", async ({ page }) => {
  await signUp(page);
  const player = new Player(page);
  const attemptId = await player.start(SLUG, "training");
  const listOrder = await captureAction(page, () => player.orderInvestigation("Électrocardiogramme"));
  await toCatalogueStage(player);
  const catalogueOrder = await captureAction(page, () => orderFromCatalogue(page, "Angioscanner thoracique", "angioscanner"));
  for (const [action, id] of [
    [listOrder, "r-inv-ddimeres"],
    [catalogueOrder, "r-inv-ddimeres"],
    [catalogueOrder, "pas-un-examen"],
  ] as const) {
    const r = await postAction(page, action, [attemptId, id]);
    expect(r.text).toContain('"code":"unknown-item"');
    expect(r.text).not.toContain("RESULTSENTINELDDIM");
  }
  await page.reload();
  await expect(page.getByTestId("catalogue-ordered").getByRole("listitem")).toHaveCount(1);
});

test("the catalogue menu works on a 390 px phone", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signUp(page);
  const player = new Player(page);
  await player.start(SLUG, "training");
  await toCatalogueStage(player);
  await orderFromCatalogue(page, "D-dimères", "dimères");
  await expect(page.getByTestId("catalogue-ordered")).toContainText("RESULTSENTINELDDIM");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBe(0);
  await expectAccessible(page);
});
