// `npm run test:e2e [-- playwright args]`: production build, system Chromium, then the suite once per
// engine: on a fresh SQLite file, then on a fresh PostgreSQL database (a throw-away cluster started from
// the local server binaries, or PG_TEST_URL). Without PostgreSQL the second pass is reported as skipped,
// never as passed. E2E_ENGINES=sqlite (or postgres) runs one pass only.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { spawnSync } from "node:child_process";
import { run } from "./lib/run.mjs";
import { ensureBuild } from "./lib/prepare.mjs";
import { findPostgresBin, throwAwayDatabase } from "./lib/pg-cluster.mjs";

function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];
  for (const c of candidates) if (c && fs.existsSync(c)) return c;
  try {
    const { chromium } = createRequire(import.meta.url)("playwright-core");
    const p = chromium.executablePath();
    if (p && fs.existsSync(p)) return p;
  } catch {
    /* no Playwright-managed browser either */
  }
  return null;
}

// The command .ci/run relies on too (README, « Tests »): Debian's chromium package.
const APT_INSTALL = "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium";

const hasApt = () => spawnSync("sh", ["-c", "command -v apt-get"], { stdio: "ignore" }).status === 0;
const isRoot = () => typeof process.getuid === "function" && process.getuid() === 0;

/** Installs Chromium with apt when this machine lets us (root, Debian/Ubuntu), as CI does. */
function installChromium() {
  if (!isRoot() || !hasApt()) return false;
  console.log(`▶ Chromium absent : installation (${APT_INSTALL})…`);
  return spawnSync("sh", ["-c", APT_INSTALL], { stdio: "inherit" }).status === 0;
}

let chromium = findChromium();
if (!chromium && installChromium()) chromium = findChromium();
if (!chromium) {
  console.error(
    [
      "✗ Aucun Chromium trouvé pour les tests de bout en bout.",
      "  Installez-en un, puis relancez `npm test` :",
      hasApt() ? `    sudo sh -c '${APT_INSTALL}'` : "    - installez Chromium avec le gestionnaire de paquets du système",
      "    - ou indiquez son chemin : CHROMIUM_PATH=/chemin/vers/chromium npm test",
      "    - ou, avec un accès Internet : npx playwright install chromium",
    ].join("\n"),
  );
  process.exit(1);
}

ensureBuild();

const engines = (process.env.E2E_ENGINES ?? "sqlite,postgres").split(",").map((e) => e.trim());
const args = process.argv.slice(2);

/** One pass of the suite on a fresh database; `database` is the server's DATABASE_PATH or DATABASE_URL. */
function pass(label, extraEnv) {
  // A fresh folder per pass: the server's log (read by e2e/ops.spec.ts) and, on SQLite, the database.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "progressif-e2e-"));
  const env = {
    ...process.env,
    CHROMIUM_PATH: chromium,
    E2E_DATABASE_PATH: path.join(dir, "e2e.db"),
    // The server's JSON log, read by e2e/ops.spec.ts to follow an error digest to its request.
    E2E_LOG_FILE: path.join(dir, "server.log"),
    NEXT_TELEMETRY_DISABLED: "1",
    ...extraEnv,
  };
  console.log(`▶ e2e (${label}) : Chromium ${chromium}, base ${env.E2E_DATABASE_URL ? env.E2E_DATABASE_URL.replace(/:[^:@/]*@/, ":***@") : env.E2E_DATABASE_PATH}`);
  try {
    run(path.resolve("node_modules/.bin/playwright"), ["test", ...args], { env });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (engines.includes("sqlite")) pass("SQLite", {});

if (engines.includes("postgres")) {
  if (!process.env.PG_TEST_URL && !findPostgresBin()) {
    console.warn("⚠ e2e PostgreSQL : ni PG_TEST_URL ni serveur local (paquet `postgresql`) — passe PostgreSQL ignorée (SKIPPED, pas réussie).");
  } else {
    const database = await throwAwayDatabase({ name: `progressif_e2e_${process.pid}`, serverUrl: process.env.PG_TEST_URL });
    try {
      pass("PostgreSQL", { E2E_DATABASE_URL: database.url });
    } finally {
      await database.drop();
    }
  }
}
