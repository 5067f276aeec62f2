// `npm run test:e2e [-- playwright args]`: production build, fresh SQLite file, system Chromium.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { spawnSync } from "node:child_process";
import { run } from "./lib/run.mjs";
import { ensureBuild } from "./lib/prepare.mjs";

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

// A fresh database per run, in a temporary folder: the tests never touch data/progressif.db.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "progressif-e2e-"));
const env = {
  ...process.env,
  CHROMIUM_PATH: chromium,
  E2E_DATABASE_PATH: path.join(dir, "e2e.db"),
  // The server's JSON log, read by e2e/ops.spec.ts to follow an error digest to its request.
  E2E_LOG_FILE: path.join(dir, "server.log"),
  NEXT_TELEMETRY_DISABLED: "1",
};
console.log(`▶ e2e : Chromium ${chromium}, base ${env.E2E_DATABASE_PATH}`);
try {
  run(path.resolve("node_modules/.bin/playwright"), ["test", ...process.argv.slice(2)], { env });
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
