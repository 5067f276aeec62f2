import { test, expect, signIn, signUp, expectAccessible, DEMO } from "./support";
import { apiSignIn, createAccount } from "./accounts-support";
import { Player } from "./player-page";

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

test("progress and review pages are accessible", async ({ context, page }) => {
  const me = await createAccount({ name: "Élève Accessible" });
  await apiSignIn(context, me.email, me.password);
  const player = new Player(page);
  await player.start("cas-sentinelle", "training");
  await player.answerChoice("q1", ["Fièvre"]);
  await page.goto("/progress");
  await expectAccessible(page);
  await page.goto("/review");
  await expectAccessible(page);
  await page.getByTestId("due-reviews").getByRole("link", { name: "Revoir" }).click();
  await page.waitForURL(/\/review\/[0-9a-f-]{36}$/);
  await expectAccessible(page);
  await player.answerChoice("q1", ["Toux"]);
  await expect(page.getByTestId("review-outcome")).toBeVisible();
  await expectAccessible(page);
});
