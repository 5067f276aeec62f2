import type { Page, Request } from "@playwright/test";
import { test, expect, sharedPlayer, signUp } from "./support";
import { signInByRequest } from "./accounts";
import { Player } from "./player-page";

const SLUG = "cas-sentinelle";

/** The option labels of a choice question, in the order the page shows them. */
async function optionTexts(player: Player, id: string): Promise<string[]> {
  return player.question(id).locator("label").allInnerTexts();
}

/**
 * Holds the next server action POST (the request does not reach the server) until `release` is
 * called: a slow network, made controllable.
 */
async function holdNextAction(page: Page) {
  let release: () => void = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  let seen: (r: Request) => void = () => {};
  const held = new Promise<Request>((resolve) => (seen = resolve));
  let once = false;
  await page.route("**/*", async (route) => {
    const request = route.request();
    if (once || request.method() !== "POST" || !request.headers()["next-action"]) return route.fallback();
    once = true;
    seen(request);
    await gate;
    await route.continue();
  });
  return { held, release: () => release(), done: () => page.unrouteAll({ behavior: "wait" }) };
}

test("options are shuffled per attempt on the server, pinned ones in place, and the order survives a resume and reaches the debrief", async ({ browser }) => {
  const first = await browser.newContext();
  const page = await first.newPage();
  const account = await signUp(page);
  const player = new Player(page);
  const attemptId = await player.start(SLUG, "training");
  const shown = await optionTexts(player, "q1");
  expect([...shown].sort()).toEqual(["Aucun de ces symptômes", "Douleur", "Dyspnée", "Fièvre", "Toux"]);
  // The pinned option stays at its authored place (last).
  expect(shown[4]).toBe("Aucun de ces symptômes");
  // The server's HTML already has this order (it is not drawn in the browser).
  const html = await (await page.request.get(page.url())).text();
  const positions = shown.map((text) => html.indexOf(`>${text}</span>`));
  expect(positions.every((p) => p > 0)).toBe(true);
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  await first.close();

  const second = await browser.newContext();
  await signInByRequest(second.request, account.email, account.password);
  const other = await second.newPage();
  await other.goto(`/attempts/${attemptId}`);
  const resumed = new Player(other);
  expect(await optionTexts(resumed, "q1")).toEqual(shown);
  await resumed.answerChoice("q1", ["Toux"]);
  // The feedback lists the options in the same order.
  await expect(resumed.question("q1").locator("[data-feedback-option] > p:first-child")).toHaveText(shown);
  await second.close();
});

test("opening a stage moves focus and view to it; the finished stage collapses to a summary line", async ({ page }) => {
  await signUp(page);
  const player = new Player(page);
  await player.start(SLUG, "training");
  await player.answerChoice("q1", ["Toux"]);
  await player.answerText("q2", "radiographie");
  await player.nextStage();
  const heading = page.getByRole("heading", { level: 2, name: "Résultats" });
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
  await expect(page.getByText("Étape 2 sur 3 · question 1 sur 2 de l'étape")).toBeVisible();
  // Stage 1 is a closed summary line; it opens on demand, read-only.
  const done = page.getByTestId("stage-1");
  await expect(done.getByText("Étape 1 terminée : Première consultation")).toBeVisible();
  await expect(player.question("q1")).toBeHidden();
  await done.getByText("2 question(s) répondue(s) · afficher le détail").click();
  await expect(player.question("q1").getByText("EXPLANATIONSENTINELQ1 la toux est le symptôme rapporté.")).toBeVisible();
  await expect(player.question("q1").getByRole("button", { name: "Valider ma réponse" })).toHaveCount(0);
});

test("while an answer is on its way, its question is locked and the next one is not shown; what is shown is what is stored", async ({ page }) => {
  await signUp(page);
  const player = new Player(page);
  await player.start(SLUG, "training");
  const q1 = player.question("q1");
  await player.tick(q1.getByLabel("Toux", { exact: true }));
  const slow = await holdNextAction(page);
  await q1.getByRole("button", { name: "Valider ma réponse" }).click();
  await slow.held;
  await expect(q1.getByRole("button", { name: "Enregistrement…" })).toBeVisible();
  await expect(q1.getByLabel("Fièvre", { exact: true })).toBeDisabled();
  await expect(player.question("q2")).toHaveCount(0);
  slow.release();
  await slow.done();
  await expect(q1.getByText("1 / 1")).toBeVisible();
  // The next question comes with the stored answer, and takes one click.
  await player.answerText("q2", "radiographie");
  await page.reload();
  await expect(player.question("q1").getByText("1 / 1")).toBeVisible();
  await expect(player.question("q2").getByText("1 / 1")).toBeVisible();
});

test("a question ticked and answered while a test order is delayed: both are stored, as shown", async ({ page }) => {
  await signUp(page);
  const player = new Player(page);
  await player.start(SLUG, "training");
  const slow = await holdNextAction(page);
  await page.getByRole("button", { name: "Demander : Radiographie thoracique" }).click();
  await slow.held;
  const q1 = player.question("q1");
  await player.tick(q1.getByLabel("Toux", { exact: true }));
  await q1.getByRole("button", { name: "Valider ma réponse" }).click();
  slow.release();
  await slow.done();
  await expect(q1.getByText("1 / 1")).toBeVisible();
  await expect(page.getByText("RESULTSENTINELRADIO opacité basale droite.")).toBeVisible();
  await page.reload();
  await expect(player.question("q1").getByText("1 / 1")).toBeVisible();
  await expect(player.question("q1").locator('[data-feedback-option="a"]')).toContainText("Votre choix");
  await expect(page.getByText("RESULTSENTINELRADIO opacité basale droite.")).toBeVisible();
});

// One learner's page, in two steps that each fit the suite's 60 s on a slow machine (the second runs with the CPU throttled).
test.describe.serial("with a slow CPU, a click right after navigation is not lost: inputs wait for hydration and what is shown is stored", () => {
  const shared = sharedPlayer();
  let url: string;

  test("before hydration the server's HTML has the inputs disabled", async () => {
    const attemptId = await shared.player().start(SLUG, "training");
    url = `/attempts/${attemptId}`;
    // A click on a disabled input reaches no handler, rather than being lost by one.
    const html = await (await shared.page().request.get(url)).text();
    expect(html).toMatch(/<fieldset disabled=""/);
    expect(html).not.toMatch(/data-ready/);
  });

  test("a click at once on a full load with the CPU six times slower is kept and stored", async () => {
    const [page, player] = [shared.page(), shared.player()];
    // From another page, so that the wait below is for the attempt page's own document.
    await page.goto("/cases");
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 6 });
    // A full load without waiting for hydration, then a click at once.
    await page.evaluate((u) => window.location.assign(u), url);
    await page.waitForURL(new RegExp(`${url}$`), { waitUntil: "commit" });
    const q1 = player.question("q1");
    const toux = q1.getByLabel("Toux", { exact: true });
    await toux.click();
    await expect(toux).toBeChecked();
    await expect(q1).toHaveAttribute("data-ready", "");
    await q1.getByRole("button", { name: "Valider ma réponse" }).click();
    await expect(q1.getByText("1 / 1")).toBeVisible();
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
    await page.reload();
    await expect(player.question("q1").locator('[data-feedback-option="a"]')).toContainText("Votre choix");
    await expect(player.question("q1").getByText("1 / 1")).toBeVisible();
  });
});
