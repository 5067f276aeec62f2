/**
 * Runs once before the suite (project "setup" in playwright.config.ts): signs each demo account in
 * through next-auth's credentials endpoint and saves its cookies, so that tests that are not about
 * signing in start signed in (`test.use({ storageState })` or `contextAs`) instead of rendering the
 * sign-in form. e2e/auth.spec.ts keeps the sign-in through the UI.
 */
import { request, test as setup } from "@playwright/test";
import { signInByRequest } from "./accounts";
import { DEMO } from "./support";
import { storageStateOf, type DemoRole } from "./roles";

for (const role of Object.keys(DEMO) as DemoRole[]) {
  setup(`sign in the demo ${role}`, async ({ baseURL }) => {
    const context = await request.newContext({ baseURL });
    await signInByRequest(context, DEMO[role].email, DEMO[role].password);
    await context.storageState({ path: storageStateOf(role) });
    await context.dispose();
  });
}
