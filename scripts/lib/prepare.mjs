// Shared by `npm start`, the e2e runner and the benchmarks: install, secret, migrate, seed, build.
import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { run } from "./run.mjs";
import { buildIsFresh, markBuilt } from "./build-state.mjs";
import { prebuiltWorkerPath } from "../../lib/jobs/worker-build.mjs";

const npm = process.platform === "win32" ? "npm.cmd" : "npm";

/**
 * Whether node_modules holds exactly what package-lock.json asks for, judged by content (npm's
 * record of what it installed, node_modules/.package-lock.json), not by dates: a fresh checkout
 * beside an installed node_modules (a git worktree, a copied folder) has a newer lockfile but
 * nothing to install. Optional packages for other platforms are never installed, so not required.
 */
export function dependenciesMatch(lock, installed) {
  const wanted = lock.packages ?? {};
  const have = installed.packages ?? {};
  for (const [name, entry] of Object.entries(wanted)) {
    if (name === "") continue;
    const got = have[name];
    if (!got) {
      if (entry.optional || entry.peer) continue;
      return false;
    }
    if (got.version !== entry.version) return false;
  }
  return Object.keys(have).every((name) => name in wanted);
}

export function ensureDependencies(root = process.cwd()) {
  const installed = path.join(root, "node_modules/.package-lock.json");
  const lock = path.join(root, "package-lock.json");
  if (fs.existsSync(installed)) {
    try {
      if (dependenciesMatch(JSON.parse(fs.readFileSync(lock, "utf8")), JSON.parse(fs.readFileSync(installed, "utf8")))) return;
    } catch {
      /* unreadable: install */
    }
  }
  console.log("▶ Installation des dépendances (npm ci)…");
  run(npm, ["ci", "--no-audit", "--no-fund"], { cwd: root });
}

/** NEXTAUTH_SECRET from the environment, else a random one generated once and kept beside the database. */
export function ensureSecret(env) {
  if (env.NEXTAUTH_SECRET) return env.NEXTAUTH_SECRET;
  const file = path.join(path.dirname(path.resolve(env.DATABASE_PATH)), ".nextauth-secret");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  if (!fs.existsSync(file)) {
    fs.writeFileSync(file, randomBytes(48).toString("base64url"), { mode: 0o600 });
    console.log(`▶ Secret de session généré : ${file}`);
  }
  // On PostgreSQL several servers may share the database: each would generate its own secret and refuse the others' sessions.
  if (/^postgres(ql)?:\/\//.test(env.DATABASE_URL ?? "")) {
    console.warn(`⚠ NEXTAUTH_SECRET absent : secret local (${file}). Avec plusieurs serveurs, donnez à tous le même NEXTAUTH_SECRET.`);
  }
  return fs.readFileSync(file, "utf8").trim();
}

/** The environment every step runs with, with defaults applied. */
export function baseEnv(overrides = {}) {
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...overrides };
  env.DATABASE_PATH ||= "data/progressif.db";
  env.PORT ||= "3000";
  env.NEXTAUTH_URL ||= `http://localhost:${env.PORT}`;
  env.NEXTAUTH_SECRET = ensureSecret(env);
  return env;
}

export function migrateAndSeed(env, root = process.cwd()) {
  const tsx = path.join(root, "node_modules/.bin/tsx");
  // react-server condition: the data layer is marked server-only and runs here outside Next.
  run(tsx, ["--conditions=react-server", "scripts/check-env.ts"], { cwd: root, env });
  run(tsx, ["--conditions=react-server", "scripts/migrate.ts"], { cwd: root, env });
  run(tsx, ["--conditions=react-server", "scripts/seed.ts"], { cwd: root, env });
}

export function ensureBuild(root = process.cwd()) {
  const fresh = buildIsFresh(root);
  if (fresh) console.log("▶ Build de production à jour.");
  else {
    console.log("▶ Build de production (next build)…");
    run(path.join(root, "node_modules/.bin/next"), ["build"], { cwd: root, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  }
  // The parsing pool's worker script is part of the build (also added to a build made before it was).
  if (!fresh || !fs.existsSync(prebuiltWorkerPath(root))) run(process.execPath, [path.join(root, "scripts/build-worker.mjs")], { cwd: root });
  if (!fresh) markBuilt(root);
}
