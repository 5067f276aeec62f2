import fs from "node:fs";
import type { BrowserContext, Page } from "@playwright/test";
import { test, expect, openSharedPage, signIn, signOut } from "./support";
import { Player } from "./player-page";
import { apiSignIn, createAccount, type Account } from "./accounts";
import { execute, queryOne, query, tableNames } from "./server-db";

const NEW_PASSWORD = "Fenetre-Verte-Lundi-42";

test("signing out ends this session only: its copied cookie gets the sign-in page, the other device stays signed in", async ({ browser, context, page }) => {
  const me = await createAccount();
  await apiSignIn(context, me.email, me.password);
  // The same account on a second device.
  const other = await browser.newContext();
  await apiSignIn(other, me.email, me.password);
  await page.goto("/account");
  await expect(page.getByRole("heading", { name: "Mon compte", exact: true })).toBeVisible();

  // The copy works while the session is open…
  const thief = await browser.newContext();
  await thief.addCookies(await context.cookies());
  const before = await thief.request.get("/account");
  expect(new URL(before.url()).pathname).toBe("/account");
  expect(await before.text()).toContain(me.email);

  // …and no longer once its owner has signed out; the other device's session goes on.
  await signOut(page);
  const copied = await thief.request.get("/account");
  expect(new URL(copied.url()).pathname).toBe("/signin");
  expect(await copied.text()).not.toContain(me.email);
  const elsewhere = await other.request.get("/account");
  expect(new URL(elsewhere.url()).pathname).toBe("/account");
  expect(await elsewhere.text()).toContain(me.email);
  await thief.close();
  await other.close();
});

test("« Se déconnecter de tous les appareils » ends every session of the account", async ({ browser, context, page }) => {
  const me = await createAccount();
  await apiSignIn(context, me.email, me.password);
  const other = await browser.newContext();
  await apiSignIn(other, me.email, me.password);
  const copy = await browser.newContext();
  await copy.addCookies(await context.cookies());

  await page.goto("/account");
  await page.getByRole("button", { name: "Se déconnecter de tous les appareils" }).click();
  await expect(page).toHaveURL(/\/signin/);
  for (const c of [context, other, copy]) {
    const response = await c.request.get("/account");
    expect(new URL(response.url()).pathname).toBe("/signin");
    expect(await response.text()).not.toContain(me.email);
  }
  // Signing in again works.
  await apiSignIn(other, me.email, me.password);
  expect(new URL((await other.request.get("/account")).url()).pathname).toBe("/account");
  await other.close();
  await copy.close();
});

// One account on two devices, in two steps that each fit the suite's 60 s on a slow machine.
test.describe.serial("a user changes their password: current one required, weak ones refused, every session ends", () => {
  let me: Account;
  let context: BrowserContext, other: BrowserContext;
  let page: Page;
  const form = () => page.getByRole("region", { name: "Changer de mot de passe" });
  const fill = async (current: string, next: string, confirm = next) => {
    await form().getByLabel("Mot de passe actuel").fill(current);
    await form().getByLabel("Nouveau mot de passe", { exact: true }).fill(next);
    await form().getByLabel("Confirmer le nouveau mot de passe").fill(confirm);
    await form().getByRole("button", { name: "Changer le mot de passe" }).click();
  };

  test.beforeAll(async ({ browser }) => {
    ({ context, page } = await openSharedPage(browser));
    me = await createAccount({ name: "Camille Motdepasse" });
    await apiSignIn(context, me.email, me.password);
    other = await browser.newContext();
    await other.addCookies(await context.cookies());
  });
  test.afterAll(async () => {
    await other?.close();
    await context?.close();
  });

  test("a wrong current password, a common one and a mismatched confirmation are refused", async () => {
    await page.goto("/account");
    await fill("pas-le-bon-mot", NEW_PASSWORD);
    await expect(form().getByText("Mot de passe actuel incorrect.")).toBeVisible();
    await fill(me.password, "azertyuiop");
    await expect(form().getByText("Ce mot de passe fait partie des plus courants : choisissez-en un autre.")).toBeVisible();
    await fill(me.password, NEW_PASSWORD, `${NEW_PASSWORD}x`);
    await expect(form().getByText("Les deux nouveaux mots de passe diffèrent.")).toBeVisible();
  });

  test("the change ends both sessions; only the new password opens a new one", async () => {
    await fill(me.password, NEW_PASSWORD);
    await expect(form().getByText("Mot de passe changé. Reconnectez-vous avec le nouveau.")).toBeVisible();
    const otherPage = await other.newPage();
    await otherPage.goto("/account");
    await expect(otherPage).toHaveURL(/\/signin/);
    await page.goto("/account");
    await expect(page).toHaveURL(/\/signin/);
    await page.getByLabel("Adresse e-mail").fill(me.email);
    await page.getByLabel("Mot de passe").fill(me.password);
    await page.getByRole("button", { name: "Se connecter" }).click();
    await expect(page.getByTestId("signin-error")).toBeVisible();
    await signIn(page, me.email, NEW_PASSWORD);
  });
});

test("a student downloads their data with their attempt and answers", async ({ context, page }) => {
  const me = await createAccount({ name: "Élève Exportatrice" });
  await apiSignIn(context, me.email, me.password);
  const player = new Player(page);
  const attemptId = await player.start("cas-sentinelle", "training");
  await player.answerChoice("q1", ["Toux"]);

  await page.goto("/account");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Télécharger mes données" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^progressif-mes-donnees-\d{4}-\d{2}-\d{2}\.json$/);
  const data = JSON.parse(fs.readFileSync(await file.path(), "utf8"));
  expect(data.format).toBe("progressif-user-data/1");
  expect(data.account).toMatchObject({ id: me.id, email: me.email, name: me.name, role: "student" });
  expect(data.attempts).toHaveLength(1);
  expect(data.attempts[0]).toMatchObject({ id: attemptId, mode: "training", status: "in_progress" });
  expect(data.attempts[0].answers).toHaveLength(1);
  expect(data.attempts[0].answers[0]).toMatchObject({ questionId: "q1", stage: 0 });
});

test("a student erases their account after confirming: no trace of e-mail or name in any table", async ({ context, page }) => {
  const name = `Zéphyrine Quatremain ${crypto.randomUUID().slice(0, 8)}`;
  const me = await createAccount({ name, prefix: "erase-me" });
  const attemptId = crypto.randomUUID();
  const version = (await queryOne<{ id: string }>("select v.id from case_versions v join cases c on c.id = v.case_id where c.slug = 'cas-sentinelle' and v.status = 'published'"))!;
  await execute("insert into attempts (id, user_id, case_version_id, mode, status, started_at) values (?, ?, ?, 'training', 'in_progress', ?)", [attemptId, me.id, version.id, Date.now()]);
  await apiSignIn(context, me.email, me.password);
  await page.goto("/account");
  const erase = page.getByRole("region", { name: "Effacer mon compte" });
  const password = erase.getByLabel("Mot de passe (pour confirmer)");
  const submit = erase.getByRole("button", { name: "Effacer définitivement mon compte" });
  await password.fill(me.password);
  await submit.click();
  await expect(erase.getByText("Cochez la case pour confirmer l'effacement.")).toBeVisible();
  await erase.getByLabel("Je comprends que l'effacement est définitif.").check();
  await password.fill("pas-le-bon-mot");
  await submit.click();
  await expect(erase.getByText("Mot de passe actuel incorrect.")).toBeVisible();
  // React resets the form after each submission: the confirmation is ticked again, deliberately.
  await erase.getByLabel("Je comprends que l'effacement est définitif.").check();
  await password.fill(me.password);
  await submit.click();
  await expect(page).toHaveURL(/\/account-erased$/);
  await expect(page.getByRole("heading", { name: "Votre compte a été effacé." })).toBeVisible();
  await expect(page.getByTestId("current-user")).toHaveCount(0);

  // The attempt is gone from the learner's view along with the account.
  await page.goto(`/attempts/${attemptId}`);
  await expect(page).toHaveURL(/\/signin/);

  // Every table of the server's database, every column.
  const tables = await tableNames();
  expect(tables).toContain("users");
  for (const table of tables) {
    const dump = JSON.stringify(await query(`select * from "${table}"`)).toLowerCase();
    for (const needle of [me.email, name, "quatremain"]) expect(dump.includes(needle.toLowerCase()), `${table} still holds "${needle}"`).toBe(false);
  }
  // Kept, anonymous, for the statistics.
  expect(await queryOne("select user_id from attempts where id = ?", [attemptId])).toEqual({ user_id: me.id });
});

test("the account page and the data export need a session", async ({ page, request }) => {
  await page.goto("/account");
  await expect(page).toHaveURL(/\/signin/);
  const res = await request.get("/account/export.json");
  expect(res.status()).toBe(404);
});
