import { test, signIn, signUp, expectAccessible, DEMO } from "./support";

test("sign-in and sign-up pages are accessible", async ({ page }) => {
  await page.goto("/signin");
  await expectAccessible(page);
  await page.goto("/signup");
  await expectAccessible(page);
});

test("admin page and not-found page are accessible", async ({ page }) => {
  await signIn(page, DEMO.admin.email, DEMO.admin.password);
  await page.goto("/admin/users");
  await expectAccessible(page);
  await page.goto("/introuvable");
  await expectAccessible(page);
});

test("sign-up with errors is accessible", async ({ page }) => {
  await page.goto("/signup");
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  await page.getByText("Adresse e-mail invalide.").waitFor();
  await expectAccessible(page);
  await signUp(page);
});
