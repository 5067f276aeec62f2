import { test, expect, signIn, DEMO } from "./support";

async function expectNoHorizontalScroll(page: import("@playwright/test").Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test("sign-in and admin pages fit a 375 px screen", async ({ page }) => {
  await page.goto("/signin");
  await expectNoHorizontalScroll(page);
  await signIn(page, DEMO.admin.email, DEMO.admin.password);
  await page.goto("/admin/users");
  await expect(page.getByRole("heading", { name: "Utilisateurs et rôles" })).toBeVisible();
  await expectNoHorizontalScroll(page);
});
