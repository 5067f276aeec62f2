import { defineConfig, devices } from "@playwright/test";
import os from "node:os";
import path from "node:path";

const databasePath = process.env.E2E_DATABASE_PATH ?? "";
/** The PostgreSQL pass (scripts/e2e.mjs): a throw-away database on a local cluster. */
const databaseUrl = process.env.E2E_DATABASE_URL ?? "";
// Guard: end-to-end tests only ever run against a throwaway database (temp folder, or a progressif_e2e_* database on this machine).
if (!databasePath || !path.resolve(databasePath).startsWith(os.tmpdir())) {
  throw new Error("Lancez les tests de bout en bout avec `npm run test:e2e` (base temporaire requise).");
}
if (databaseUrl && !/^postgres(ql)?:\/\/[^/]*@?(localhost|127\.0\.0\.1)(:\d+)?\/progressif_e2e_\d+$/.test(databaseUrl)) {
  throw new Error("E2E_DATABASE_URL : seule une base progressif_e2e_* locale et jetable est acceptée.");
}

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;
/** Where e2e/admin.spec.ts starts its SMTP server (smtp-server) to receive the reset e-mails. */
const smtpPort = port + 20_000;

const launchOptions = {
  executablePath: process.env.CHROMIUM_PATH,
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
};

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // One minute per test, also on a machine three times slower (README, « Tests »): accounts are prepared
  // without the UI (e2e/accounts.ts, e2e/auth.setup.ts), axe runs once per page type.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: { baseURL, locale: "fr-FR", trace: "retain-on-failure", launchOptions },
  projects: [
    // Signs the demo accounts in once and saves their cookies (e2e/roles.ts), before every other project.
    { name: "setup", testMatch: /auth\.setup\.ts/ },
    { name: "desktop", use: { ...devices["Desktop Chrome"], launchOptions }, testIgnore: /mobile\.spec\.ts/, dependencies: ["setup"] },
    { name: "mobile", use: { ...devices["Pixel 5"], viewport: { width: 375, height: 740 }, launchOptions }, testMatch: /mobile\.spec\.ts/, dependencies: ["setup"] },
  ],
  webServer: {
    command: "node scripts/start.mjs",
    url: `${baseURL}/signin`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      PORT: String(port),
      DATABASE_PATH: databasePath,
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
      NEXTAUTH_URL: baseURL,
      PROGRESSIF_DEMO: "1",
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      // Each test presents its own X-Forwarded-For (e2e/support.ts), believed from the local runner only.
      TRUSTED_PROXIES: "loopback",
      PROGRESSIF_EXTRA_CASES: "e2e/fixtures/cases",
      NEXT_TELEMETRY_DISABLED: "1",
      // The server runs in UTC, as in a container: dates must follow APP_TIME_ZONE (default Europe/Paris) anyway.
      TZ: "UTC",
      ...(process.env.E2E_LOG_FILE ? { LOG_FILE: process.env.E2E_LOG_FILE } : {}),
    },
  },
});
