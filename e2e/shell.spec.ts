import { test, expect, signUp } from "./support";

test("the interface is French by default and switches to English, kept across visits", async ({ page }) => {
  await page.goto("/signin");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("heading", { name: "Connexion" })).toBeVisible();
  await page.getByRole("button", { name: "Passer en English" }).click();
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.reload();
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await page.getByRole("button", { name: "Switch to Français" }).click();
  await expect(page.getByRole("heading", { name: "Connexion" })).toBeVisible();
});

test("security headers: CSP without unsafe-eval, no framing, a referrer policy", async ({ request }) => {
  const response = await request.get("/signin");
  const csp = response.headers()["content-security-policy"];
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("script-src 'self' 'nonce-");
  expect(csp).not.toContain("unsafe-eval");
  expect(response.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
});

test("an unknown page answers 404 with a helpful page", async ({ page }) => {
  await signUp(page);
  await page.goto("/cette-page-n-existe-pas");
  await expect(page.getByRole("heading", { name: "Page introuvable" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Retour à l'accueil" })).toBeVisible();
});
