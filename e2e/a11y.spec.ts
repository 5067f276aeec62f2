import { signInAs } from "./roles";
import { test, expect, expectAccessible } from "./support";

test("sign-in and sign-up pages are accessible", async ({ page }) => {
  await page.goto("/signin");
  await expectAccessible(page);
  await page.goto("/signup");
  await expectAccessible(page);
});

test("admin pages and the not-found page are accessible", async ({ page }) => {
  await signInAs(page.context(), "admin");
  await page.goto("/admin/users");
  await expectAccessible(page);
  await page.goto("/admin/audit");
  await expectAccessible(page);
  await page.goto("/introuvable");
  await expectAccessible(page);
});

// One scan per page type: the other specs scan the pages only they reach (a cohort, a review, the player).
test("the student's case list and account page are accessible", async ({ page }) => {
  await signInAs(page.context(), "student");
  await page.goto("/cases");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectAccessible(page);
  await page.goto("/account");
  await expect(page.getByRole("heading", { name: "Mon compte", exact: true })).toBeVisible();
  await expectAccessible(page);
});

test("the instructor's cohort list is accessible", async ({ page }) => {
  await signInAs(page.context(), "instructor");
  await page.goto("/teach");
  await expect(page.getByRole("heading", { name: "Cohortes", level: 1 })).toBeVisible();
  await expectAccessible(page);
});

test("sign-up with errors is accessible", async ({ page }) => {
  await page.goto("/signup");
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  await page.getByText("Adresse e-mail invalide.").waitFor();
  await expectAccessible(page);
});
