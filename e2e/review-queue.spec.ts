import type { BrowserContext, Page } from "@playwright/test";
import { test, expect, openSharedPage } from "./support";
import { apiSignIn, createAccount, type Account } from "./accounts";
import { execute, jsonValue, queryOne } from "./server-db";
import { Player } from "./player-page";

const DAY = 86_400_000;

/** Time passing for one learner: every card of theirs falls due `days` earlier (the e2e clock is the database's). */
async function advanceDays(userId: string, days: number) {
  await execute("update review_cards set due = due - ?, last_review = last_review - ? where user_id = ?", [days * DAY, days * DAY, userId]);
}

// One learner's card through the queue, on one page: one test per step, each within the suite's 60 s.
test.describe.serial("a missed question enters the review queue, is reviewed with its stage context, and comes back when due", () => {
  let context: BrowserContext;
  let page: Page;
  let player: Player;
  let me: Account;
  let cardUrl: string;

  test.beforeAll(async ({ browser }) => {
    ({ context, page } = await openSharedPage(browser));
    me = await createAccount({ name: "Élève Révision" });
    await apiSignIn(context, me.email, me.password);
    player = new Player(page);
  });
  test.afterAll(async () => {
    await context?.close();
  });

  test("a missed question is counted in the header and opens with its stage, without its key", async () => {
    await player.start("cas-sentinelle", "training");
    await player.answerChoice("q1", ["Fièvre"]);

    // The header counts it at once, as part of the link's name.
    await page.goto("/cases");
    await expect(page.getByTestId("review-link")).toHaveText("Revoir mes erreurs (1 à revoir)");
    await page.getByTestId("review-link").click();
    await expect(page.getByRole("heading", { name: "Revoir mes erreurs", level: 1 })).toBeVisible();
    const due = page.getByTestId("due-reviews").getByRole("listitem");
    await expect(due).toHaveCount(1);
    await expect(due).toContainText("Quel est le symptôme principal ?");
    await due.getByRole("link", { name: "Revoir" }).click();
    await page.waitForURL(/\/review\/[0-9a-f-]{36}$/);
    cardUrl = page.url();

    // The stage as entered, the question without its key: nothing of the correction before answering.
    await expect(page.getByText("STAGEONENARRATIVE")).toBeVisible();
    const html = await (await page.request.get(cardUrl)).text();
    for (const secret of ["EXPLANATIONSENTINELQ1", "OPTIONFEEDBACKSENTINEL", "KEYSENTINELQ2", "STAGETWO"]) expect(html).not.toContain(secret);
  });

  test("another learner's request for this card is answered as not found", async ({ browser }) => {
    const other = await browser.newContext();
    const stranger = await createAccount();
    await apiSignIn(other, stranger.email, stranger.password);
    expect((await other.request.get(cardUrl)).status()).toBe(404);
    await other.close();
  });

  test("wrong again: scored by the engine, corrected, rated « À revoir », back tomorrow", async () => {
    await player.answerChoice("q1", ["Fièvre"]);
    await expect(player.question("q1").getByText("EXPLANATIONSENTINELQ1")).toBeVisible();
    await expect(page.getByTestId("review-outcome")).toContainText("Score : 0 / 1 — noté « À revoir ». Prochaine révision le");

    await page.goto("/review");
    await expect(page.getByTestId("review-link")).toHaveText("Revoir mes erreurs");
    await expect(page.getByTestId("due-reviews")).toHaveCount(0);
    await expect(page.getByTestId("later-reviews").getByRole("listitem")).toHaveCount(1);
    await page.goto(cardUrl);
    await expect(page.getByRole("status")).toContainText("Cette question reviendra le");
  });

  test("a day later it is due again; right this time: « Correct », back in 3 days, the attempt's answer untouched", async () => {
    await advanceDays(me.id, 1);
    await page.goto("/review");
    await expect(page.getByTestId("review-link")).toHaveText("Revoir mes erreurs (1 à revoir)");
    await page.getByTestId("due-reviews").getByRole("link", { name: "Revoir" }).click();
    await player.answerChoice("q1", ["Toux"]);
    await expect(page.getByTestId("review-outcome")).toContainText("Score : 1 / 1 — noté « Correct ».");
    const card = (await queryOne<{ due: number; reps: number; lapses: number }>("select due, reps, lapses from review_cards where user_id = ?", [me.id]))!;
    const last = (await queryOne<{ at: number }>("select max(reviewed_at) as at from review_logs l join review_cards c on c.id = l.card_id where c.user_id = ?", [me.id]))!;
    expect(card.due - last.at).toBe(3 * DAY);
    expect(card.reps).toBe(2);
    // The attempt's recorded answer is untouched: still the wrong one, with no point.
    const response = (await queryOne<{ points: number; answer: unknown }>("select r.points, r.answer from responses r join attempts a on a.id = r.attempt_id where a.user_id = ? and r.question_id = 'q1'", [me.id]))!;
    expect(response.points).toBe(0);
    expect(jsonValue(response.answer)).toEqual({ type: "qru", choice: "b" });
  });
});
