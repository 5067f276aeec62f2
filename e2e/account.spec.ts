import fs from "node:fs";
import Database from "better-sqlite3";
import { test, expect, signIn, signUp, signOut, uniqueEmail } from "./support";
import { Player } from "./player-page";

const NEW_PASSWORD = "Fenetre-Verte-Lundi-42";

test("signing out revokes the session: a copied cookie gets the sign-in page", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signUp(page);
  const cookies = await context.cookies();
  expect(cookies.some((c) => c.name.endsWith("next-auth.session-token"))).toBe(true);

  // The copy works while the session is open…
  const thief = await browser.newContext();
  await thief.addCookies(cookies);
  const copy = await thief.newPage();
  await copy.goto("/account");
  await expect(copy.getByRole("heading", { name: "Mon compte" })).toBeVisible();

  // …and no longer once its owner has signed out.
  await signOut(page);
  await copy.goto("/account");
  await expect(copy).toHaveURL(/\/signin/);
  await expect(copy.getByRole("button", { name: "Se connecter" })).toBeVisible();
  await expect(copy.getByTestId("current-user")).toHaveCount(0);
  await thief.close();
  await context.close();
});

test("a user changes their password: current one required, weak ones refused, every session ends", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const me = await signUp(page, { name: "Camille Mot-de-passe" });
  const other = await browser.newContext();
  await other.addCookies(await context.cookies());

  await page.getByRole("link", { name: "Mon compte" }).click();
  await expect(page.getByRole("heading", { name: "Mon compte" })).toBeVisible();
  const form = page.getByRole("region", { name: "Changer de mot de passe" });
  const fill = async (current: string, next: string, confirm = next) => {
    await form.getByLabel("Mot de passe actuel").fill(current);
    await form.getByLabel("Nouveau mot de passe").fill(next);
    await form.getByLabel("Confirmer le nouveau mot de passe").fill(confirm);
    await form.getByRole("button", { name: "Changer le mot de passe" }).click();
  };
  await fill("pas-le-bon-mot", NEW_PASSWORD);
  await expect(form.getByText("Mot de passe actuel incorrect.")).toBeVisible();
  await fill(me.password, "azertyuiop");
  await expect(form.getByText(/Mot de passe trop facile à deviner/)).toBeVisible();
  await fill(me.password, NEW_PASSWORD, `${NEW_PASSWORD}x`);
  await expect(form.getByText("Les deux nouveaux mots de passe diffèrent.")).toBeVisible();
  await fill(me.password, NEW_PASSWORD);
  await expect(form.getByText("Mot de passe changé. Reconnectez-vous avec le nouveau.")).toBeVisible();

  // Both sessions ended, this one included.
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
  await other.close();
  await context.close();
});

test("a student downloads their data, then erases the account: no trace of e-mail or name in any table", async ({ page }) => {
  const email = uniqueEmail("erase-me");
  const name = `Zéphyrine ${email.slice(9, 20).replace(/[^a-z0-9]/g, "")}`;
  const me = await signUp(page, { email, name });
  const player = new Player(page);
  const attemptId = await player.start("cas-sentinelle", "training");
  await player.answerChoice("q1", ["Toux"]);

  await page.goto("/account");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Télécharger mes données" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^progressif-mes-donnees-\d{4}-\d{2}-\d{2}\.json$/);
  const data = JSON.parse(fs.readFileSync(await file.path(), "utf8"));
  expect(data.account).toMatchObject({ email, name, role: "student" });
  expect(data.attempts).toHaveLength(1);
  expect(data.attempts[0]).toMatchObject({ id: attemptId, mode: "training", status: "in_progress" });
  expect(data.attempts[0].answers).toHaveLength(1);
  expect(data.attempts[0].answers[0]).toMatchObject({ questionId: "q1", stage: 0 });

  const erase = page.getByRole("region", { name: "Effacer mon compte" });
  await erase.getByLabel("Mot de passe (pour confirmer)").fill(me.password);
  await erase.getByRole("button", { name: "Effacer définitivement mon compte" }).click();
  await expect(erase.getByText("Cochez la case pour confirmer l'effacement.")).toBeVisible();
  await erase.getByLabel("Je comprends que l'effacement est définitif.").check();
  await erase.getByLabel("Mot de passe (pour confirmer)").fill("pas-le-bon-mot");
  await erase.getByRole("button", { name: "Effacer définitivement mon compte" }).click();
  await expect(erase.getByText("Mot de passe actuel incorrect.")).toBeVisible();
  await erase.getByLabel("Mot de passe (pour confirmer)").fill(me.password);
  await erase.getByRole("button", { name: "Effacer définitivement mon compte" }).click();
  await expect(page).toHaveURL(/\/account-erased$/);
  await expect(page.getByRole("heading", { name: "Votre compte a été effacé." })).toBeVisible();
  await expect(page.getByTestId("current-user")).toHaveCount(0);

  // The attempt is gone from the learner's view along with the account.
  await page.goto(`/attempts/${attemptId}`);
  await expect(page).toHaveURL(/\/signin/);
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe").fill(me.password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page.getByTestId("signin-error")).toBeVisible();

  // Every table of the server's database, every column.
  const db = new Database(process.env.E2E_DATABASE_PATH!, { readonly: true, fileMustExist: true });
  try {
    const tables = db.prepare("select name from sqlite_master where type = 'table'").all() as { name: string }[];
    expect(tables.map((t) => t.name)).toContain("users");
    const lower = [email, name].map((s) => s.toLowerCase());
    for (const { name: table } of tables) {
      const dump = JSON.stringify(db.prepare(`select * from "${table}"`).all()).toLowerCase();
      for (const needle of lower) expect(dump.includes(needle), `${table} still holds "${needle}"`).toBe(false);
    }
    expect(db.prepare("select user_id from attempts where id = ?").get(attemptId)).toBeTruthy();
  } finally {
    db.close();
  }
});

test("the account page and the data export need a session", async ({ page, request }) => {
  await page.goto("/account");
  await expect(page).toHaveURL(/\/signin/);
  const res = await request.get("/account/export.json");
  expect(res.status()).toBe(404);
});
