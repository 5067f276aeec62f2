import { test, expect, signIn, signUp, signUpThroughUi, signOut, uniqueEmail, DEMO } from "./support";

test("sign up, sign out, sign in again", async ({ page }) => {
  // The one test of the sign-up form end to end; other tests prepare their accounts directly.
  const account = await signUpThroughUi(page, { name: "Inès Nouvelle" });
  await expect(page.getByTestId("current-user")).toContainText("Étudiant·e");
  await signOut(page);
  await signIn(page, account.email, account.password);
  await expect(page.getByTestId("current-user")).toContainText("Inès Nouvelle");
});

test("sign-up rejects bad input with field messages and creates nothing", async ({ page }) => {
  await page.goto("/signup");
  await page.getByLabel("Nom affiché").fill("A");
  await page.getByLabel("Adresse e-mail").fill("pas-une-adresse");
  await page.getByLabel("Mot de passe (8 caractères minimum)").fill("court");
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  await expect(page.getByText("Indiquez un nom (2 à 80 caractères).")).toBeVisible();
  await expect(page.getByText("Adresse e-mail invalide.")).toBeVisible();
  await expect(page.getByText("Le mot de passe doit faire au moins 8 caractères.")).toBeVisible();
  await expect(page.getByTestId("current-user")).toHaveCount(0);
});

test("sign-up answers the same for a taken and a free address, and keeps the taken account as it was", async ({ page }) => {
  const answer = async (email: string) => {
    await page.goto("/signup");
    await page.getByLabel("Nom affiché").fill("Doublon");
    await page.getByLabel("Adresse e-mail").fill(email);
    await page.getByLabel("Mot de passe (8 caractères minimum)").fill("motdepasse-solide");
    await page.getByRole("button", { name: "Créer mon compte" }).click();
    await expect(page.getByTestId("signup-done")).toBeVisible();
    await expect(page.getByTestId("current-user")).toHaveCount(0);
    return (await page.getByTestId("signup-done").innerText()).replace(email, "<adresse>");
  };
  const taken = await answer(DEMO.student.email);
  expect(taken).toBe(await answer(uniqueEmail("libre")));
  expect(taken).toContain("connectez-vous avec son mot de passe ou réinitialisez-le");
  // The taken account still has its own password.
  await signIn(page, DEMO.student.email, DEMO.student.password);
});

test("sign-up refuses a common or weak password and a name with control or bidi characters", async ({ page }) => {
  await page.goto("/signup");
  await page.getByLabel("Nom affiché").fill("Alice\u202egnp.exe");
  await page.getByLabel("Adresse e-mail").fill(uniqueEmail("faible"));
  await page.getByLabel("Mot de passe (8 caractères minimum)").fill("12345678");
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  await expect(page.getByText("Ce mot de passe fait partie des plus courants : choisissez-en un autre.")).toBeVisible();
  await expect(page.getByText(/Le nom contient un caractère interdit/)).toBeVisible();
  await page.getByLabel("Nom affiché").fill("Alice Martin");
  await page.getByLabel("Mot de passe (8 caractères minimum)").fill("alicemartin1");
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  await expect(page.getByText("Mot de passe trop facile à deviner : allongez-le, par exemple avec plusieurs mots sans rapport entre eux.")).toBeVisible();
  await expect(page.getByTestId("signup-done")).toHaveCount(0);
});

test("a wrong password and an unknown email get the same message", async ({ page }) => {
  const account = await signUp(page);
  await page.goto("/");
  await signOut(page);
  const message = "Adresse e-mail ou mot de passe incorrect.";
  await page.getByLabel("Adresse e-mail").fill(account.email);
  await page.getByLabel("Mot de passe").fill("mauvais-mot-de-passe");
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page.getByTestId("signin-error")).toHaveText(message);
  await page.getByLabel("Adresse e-mail").fill(uniqueEmail("inconnu"));
  await page.getByLabel("Mot de passe").fill("mauvais-mot-de-passe");
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page.getByTestId("signin-error")).toHaveText(message);
});

test("repeated failed sign-ins are rate-limited, even with the right password afterwards", async ({ page }) => {
  const account = await signUp(page);
  await page.goto("/");
  await signOut(page);
  for (let i = 0; i < 5; i++) {
    await page.getByLabel("Adresse e-mail").fill(account.email);
    await page.getByLabel("Mot de passe").fill(`faux-${i}`);
    await page.getByRole("button", { name: "Se connecter" }).click();
    await expect(page.getByTestId("signin-error")).toHaveText("Adresse e-mail ou mot de passe incorrect.");
  }
  await page.getByLabel("Adresse e-mail").fill(account.email);
  await page.getByLabel("Mot de passe").fill(account.password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page.getByTestId("signin-error")).toContainText(/Trop de tentatives de connexion\. Réessayez dans 1[45] min/);
  await expect(page.getByTestId("current-user")).toHaveCount(0);
});

test("signed-out visitors are sent to the sign-in page", async ({ page }) => {
  await page.goto("/admin/users");
  await expect(page).toHaveURL(/\/signin/);
  await expect(page.getByRole("heading", { name: "Connexion" })).toBeVisible();
});

test("after signing in, a callbackUrl of another site leads home, one of the app's own pages leads there", async ({ page }) => {
  // The probe's variants; the unit tests of safeCallbackPath cover every other one.
  for (const target of ["/%5Cevil.example/", "/%09/evil.example"]) {
    await page.goto(`/signin?callbackUrl=${target.startsWith("/%") ? target : encodeURIComponent(target)}`);
    const origin = new URL(page.url()).origin;
    await page.getByLabel("Adresse e-mail").fill(DEMO.student.email);
    await page.getByLabel("Mot de passe").fill(DEMO.student.password);
    await page.getByRole("button", { name: "Se connecter" }).click();
    await page.waitForURL((url) => !url.pathname.startsWith("/signin"));
    expect(new URL(page.url()).origin, target).toBe(origin);
    expect(new URL(page.url()).pathname, target).toBe("/");
    await page.context().clearCookies();
  }
  await page.goto(`/signin?callbackUrl=${encodeURIComponent("/cases")}`);
  await page.getByLabel("Adresse e-mail").fill(DEMO.student.email);
  await page.getByLabel("Mot de passe").fill(DEMO.student.password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await page.waitForURL((url) => url.pathname === "/cases");
});

test("the demo accounts are listed on the sign-in page of a local server", async ({ page }) => {
  await page.goto("/signin");
  await expect(page.getByRole("heading", { name: "Comptes de démonstration" })).toBeVisible();
});
