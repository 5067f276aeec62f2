import fs from "node:fs";
import { SMTPServer } from "smtp-server";
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { test, expect, DEMO, openSharedPage } from "./support";
import { apiSignIn, createAccount, type Account } from "./accounts";
import { signInAs } from "./roles";

/** The port playwright.config.ts gives the server as SMTP_URL. */
const SMTP_PORT = Number(process.env.E2E_PORT ?? 3100) + 20_000;
const STRONG = "Riviere-Bleue-Mardi-77";

async function signedIn(browser: Browser, email: string, password: string) {
  const context = await browser.newContext();
  await apiSignIn(context, email, password);
  return { context, page: await context.newPage() };
}

test("a student is refused the admin pages", async ({ page, context }) => {
  const student = await createAccount();
  await apiSignIn(context, student.email, student.password);
  for (const path of ["/admin/users", "/admin/audit"]) {
    await page.goto(path);
    // Streaming has begun by the time the page refuses, so the answer is the not-found page (status 200).
    await expect(page.getByRole("heading", { name: "Page introuvable" })).toBeVisible();
  }
  await expect(page.getByRole("heading", { name: "Utilisateurs et rôles" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Administration" })).toHaveCount(0);
  const csv = await page.request.get("/admin/audit/export.csv");
  expect(csv.status()).toBe(404);
  expect(await csv.text()).toBe("Not found");
});

test("an instructor is refused the admin pages", async ({ page, context }) => {
  await signInAs(context, "instructor");
  await page.goto("/admin/users");
  await expect(page.getByRole("heading", { name: "Page introuvable" })).toBeVisible();
  await expect(page.getByText("admin@demo.test")).toHaveCount(0);
  await page.goto("/admin/audit");
  await expect(page.getByRole("heading", { name: "Page introuvable" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Journal d'audit" })).toHaveCount(0);
  expect((await page.request.get("/admin/audit/export.csv")).status()).toBe(404);
});

test("an admin finds a student by search and promotes them to instructor", async ({ browser, context: adminContext, page: admin }) => {
  const student = await createAccount({ name: "Futur Enseignant" });
  const { context: studentContext, page: studentPage } = await signedIn(browser, student.email, student.password);
  await studentPage.goto("/account");
  await expect(studentPage.getByTestId("current-user")).toContainText("Étudiant·e");

  await signInAs(adminContext, "admin");
  await admin.goto("/admin/users");
  await admin.getByLabel("Rechercher un compte (nom ou e-mail)").fill(student.email);
  await admin.getByRole("button", { name: "Rechercher" }).click();
  await expect(admin.getByText("1 comptes")).toBeVisible();
  const row = admin.getByTestId("user-row");
  await expect(row).toHaveCount(1);
  await row.getByLabel(`Rôle de ${student.email}`).selectOption("instructor");
  await row.getByRole("button", { name: "Appliquer" }).click();
  await expect(row.getByText(`Rôle de ${student.email} : Enseignant·e.`)).toBeVisible();

  // The role is read from the database on each request: the student's open session sees it at once.
  await studentPage.reload();
  await expect(studentPage.getByTestId("current-user")).toContainText("Enseignant·e");

  await studentContext.close();
});

test("an admin cannot change their own role", async ({ page, context }) => {
  await signInAs(context, "admin");
  await page.goto(`/admin/users?q=${encodeURIComponent(DEMO.admin.email)}`);
  const row = page.getByTestId("user-row").filter({ hasText: DEMO.admin.email });
  await expect(row.getByText("Vous ne pouvez pas changer votre propre rôle.")).toBeVisible();
  await expect(row.getByRole("combobox")).toHaveCount(0);
  await expect(row.getByRole("button")).toHaveCount(0);
  // No sign-out here: it would end every session of the shared demo admin, in parallel tests too.
});

test("an admin deactivates a student: sessions end, sign-in is refused, data stays; reactivation restores access", async ({ browser, context: adminContext, page: admin }) => {
  const student = await createAccount({ name: "Élève Suspendu" });
  const { context: studentContext, page: studentPage } = await signedIn(browser, student.email, student.password);
  await signInAs(adminContext, "admin");
  await admin.goto(`/admin/users?q=${encodeURIComponent(student.email)}`);
  const row = admin.getByTestId("user-row");
  await expect(row).toHaveCount(1);
  await row.getByRole("button", { name: `Désactiver ${student.email}` }).click();
  await expect(row.getByText(`Compte ${student.email} désactivé : ses sessions sont terminées, ses données restent.`)).toBeVisible();
  await expect(row.getByText("Désactivé", { exact: true })).toBeVisible();

  await studentPage.goto("/account");
  await expect(studentPage).toHaveURL(/\/signin/);
  await studentPage.getByLabel("Adresse e-mail").fill(student.email);
  await studentPage.getByLabel("Mot de passe").fill(student.password);
  await studentPage.getByRole("button", { name: "Se connecter" }).click();
  await expect(studentPage.getByTestId("signin-error")).toBeVisible();

  await row.getByRole("button", { name: `Réactiver ${student.email}` }).click();
  await expect(row.getByText(`Compte ${student.email} réactivé.`)).toBeVisible();
  await apiSignIn(studentContext, student.email, student.password);
  await studentPage.goto("/account");
  await expect(studentPage.getByTestId("current-user")).toContainText("Élève Suspendu");
  await studentContext.close();
});

test("the audit trail filters by action and target and exports the filtered rows as CSV", async ({ context: adminContext, page: admin }) => {
  const student = await createAccount({ name: "Élève Audité" });
  await signInAs(adminContext, "admin");
  await admin.goto(`/admin/users?q=${encodeURIComponent(student.email)}`);
  await admin.getByRole("button", { name: `Désactiver ${student.email}` }).click();
  await expect(admin.getByText(`Compte ${student.email} désactivé : ses sessions sont terminées, ses données restent.`)).toBeVisible();

  await admin.goto("/admin/audit");
  await admin.getByLabel("Action", { exact: true }).selectOption("user.deactivate");
  await admin.getByLabel("Cible (e-mail ou identifiant)").fill(student.email);
  await admin.getByRole("button", { name: "Filtrer" }).click();
  await expect(admin).toHaveURL(/action=user\.deactivate/);
  await expect(admin.getByTestId("audit-row")).toHaveCount(1);
  await expect(admin.getByTestId("audit-row")).toContainText("Désactivation de compte");

  const download = admin.waitForEvent("download");
  await admin.getByRole("link", { name: "Exporter en CSV" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^audit-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = fs.readFileSync(await file.path(), "utf8");
  expect(text.startsWith("\uFEFF")).toBe(true);
  const lines = text.slice(1).trimEnd().split("\r\n");
  expect(lines[0]).toBe("id,at,actor_id,actor_email,action,target_type,target_id,target_email,details");
  expect(lines).toHaveLength(2);
  const cells = lines[1]!.split(",");
  expect(cells.slice(3, 8)).toEqual([DEMO.admin.email, "user.deactivate", "user", student.id, student.email]);
});

/** The text part of a received message, decoded from quoted-printable or base64. */
function messageText(raw: string): string {
  const [head, ...rest] = raw.split("\r\n\r\n");
  const body = rest.join("\r\n\r\n");
  if (/content-transfer-encoding:\s*base64/i.test(head!)) return Buffer.from(body, "base64").toString("utf8");
  if (/content-transfer-encoding:\s*quoted-printable/i.test(head!)) {
    const bytes = body.replace(/=\r\n/g, "").replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
    return Buffer.from(bytes, "latin1").toString("utf8");
  }
  return body;
}

// The admin's page, the student's open session and a visitor's page, in steps that each fit the
// suite's 60 s on a slow machine; a real SMTP server receives the mail.
test.describe.serial("an admin issues a one-time reset link, shown and e-mailed; the student resets with the e-mailed link", () => {
  const received: { to: string[]; raw: string }[] = [];
  let smtp: SMTPServer;
  let student: Account;
  let admin: Page, studentPage: Page, resetPage: Page;
  let contexts: BrowserContext[] = [];
  let mailed: string;

  test.beforeAll(async ({ browser }) => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ["AUTH", "STARTTLS"],
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on("data", (c: Buffer) => chunks.push(c));
        stream.on("end", () => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString("utf8") });
          callback();
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      smtp.once("error", reject);
      smtp.listen(SMTP_PORT, "127.0.0.1", () => resolve());
    });
    student = await createAccount({ name: "Oublieuse Du Mot" });
    const studentSide = await signedIn(browser, student.email, student.password);
    const adminSide = await openSharedPage(browser);
    await signInAs(adminSide.context, "admin");
    const visitor = await browser.newContext();
    contexts = [studentSide.context, adminSide.context, visitor];
    [studentPage, admin, resetPage] = [studentSide.page, adminSide.page, await visitor.newPage()];
  });
  test.afterAll(async () => {
    for (const c of contexts) await c.close();
    if (smtp) await new Promise<void>((resolve) => smtp.close(() => resolve()));
  });

  test("the link is shown to the admin and e-mailed to the student before the action answers", async () => {
    await admin.goto(`/admin/users?q=${encodeURIComponent(student.email)}`);
    await admin.getByRole("button", { name: `Créer un lien de réinitialisation pour ${student.email}` }).click();
    const shown = admin.getByTestId("reset-link");
    await expect(shown.getByText(`Le lien a aussi été envoyé à ${student.email}.`)).toBeVisible();
    const link = await shown.getByRole("textbox").inputValue();
    expect(link).toMatch(/^http:\/\/localhost:\d+\/reset-password#[A-Za-z0-9_-]{43}$/);

    // The server acknowledged the mail before the action answered.
    expect(received).toHaveLength(1);
    expect(received[0]!.to).toEqual([student.email]);
    mailed = /https?:\/\/\S+\/reset-password#[A-Za-z0-9_-]{43}/.exec(messageText(received[0]!.raw))?.[0] ?? "";
    expect(mailed).toBe(link);
  });

  test("the e-mailed link refuses a common password and accepts a strong one", async () => {
    await resetPage.goto(mailed);
    await resetPage.getByLabel("Nouveau mot de passe", { exact: true }).fill("12345678");
    await resetPage.getByLabel("Confirmer le nouveau mot de passe").fill("12345678");
    await resetPage.getByRole("button", { name: "Enregistrer le mot de passe" }).click();
    await expect(resetPage.getByText("Ce mot de passe fait partie des plus courants : choisissez-en un autre.")).toBeVisible();
    await resetPage.getByLabel("Nouveau mot de passe", { exact: true }).fill(STRONG);
    await resetPage.getByLabel("Confirmer le nouveau mot de passe").fill(STRONG);
    await resetPage.getByRole("button", { name: "Enregistrer le mot de passe" }).click();
    await expect(resetPage.getByText("Mot de passe enregistré. Vous pouvez vous connecter.")).toBeVisible();
  });

  test("the link is single use; the student's open session ended; the audit trail has both entries", async () => {
    await resetPage.goto("about:blank");
    await resetPage.goto(mailed);
    await resetPage.getByLabel("Nouveau mot de passe", { exact: true }).fill(`${STRONG}-bis`);
    await resetPage.getByLabel("Confirmer le nouveau mot de passe").fill(`${STRONG}-bis`);
    await resetPage.getByRole("button", { name: "Enregistrer le mot de passe" }).click();
    await expect(resetPage.getByText(/Ce lien n'est plus valable/)).toBeVisible();
    // Using the link ended the student's open session; the new password opens a new one.
    await studentPage.goto("/account");
    await expect(studentPage).toHaveURL(/\/signin/);
    await apiSignIn(studentPage.context(), student.email, STRONG);

    await admin.goto(`/admin/audit?target=${encodeURIComponent(student.email)}`);
    const entries = admin.getByTestId("audit-row");
    await expect(entries).toHaveCount(2);
    await expect(entries.nth(0)).toContainText("Lien de réinitialisation utilisé");
    await expect(entries.nth(1)).toContainText("Lien de réinitialisation créé");
  });
});
