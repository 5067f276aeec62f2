import { test, expect, signIn, signUp, signOut, DEMO } from "./support";

test("a student is refused the admin page", async ({ page }) => {
  await signUp(page);
  await page.goto("/admin/users");
  // Streaming has begun by the time the page refuses, so the answer is the not-found page (status 200).
  await expect(page.getByRole("heading", { name: "Page introuvable" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Utilisateurs et rôles" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Administration" })).toHaveCount(0);
});

test("an instructor is refused the admin page", async ({ page }) => {
  await signIn(page, DEMO.instructor.email, DEMO.instructor.password);
  await page.goto("/admin/users");
  await expect(page.getByRole("heading", { name: "Page introuvable" })).toBeVisible();
  await expect(page.getByText("admin@demo.test")).toHaveCount(0);
});

test("an admin promotes a student to instructor", async ({ browser }) => {
  const studentContext = await browser.newContext();
  const studentPage = await studentContext.newPage();
  const student = await signUp(studentPage, { name: "Futur Enseignant" });
  await expect(studentPage.getByTestId("current-user")).toContainText("Étudiant·e");

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, DEMO.admin.email, DEMO.admin.password);
  await admin.goto("/admin/users");
  const row = admin.getByTestId("user-row").filter({ hasText: student.email });
  await row.getByLabel(`Rôle de ${student.email}`).selectOption("instructor");
  await row.getByRole("button", { name: "Appliquer" }).click();
  await expect(row.getByText(`Rôle de ${student.email} : Enseignant·e.`)).toBeVisible();

  // The role is read from the database on each request: the student's open session sees it at once.
  await studentPage.reload();
  await expect(studentPage.getByTestId("current-user")).toContainText("Enseignant·e");
  await adminContext.close();
  await studentContext.close();
});

test("an admin cannot change their own role", async ({ page }) => {
  await signIn(page, DEMO.admin.email, DEMO.admin.password);
  await page.goto("/admin/users");
  const row = page.getByTestId("user-row").filter({ hasText: DEMO.admin.email });
  await expect(row.getByText("Vous ne pouvez pas changer votre propre rôle.")).toBeVisible();
  await expect(row.getByRole("combobox")).toHaveCount(0);
  await signOut(page);
});
