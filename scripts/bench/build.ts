/**
 * Builds the production app into its own folder (BENCH_DIST_DIR, default .next-bench) when its
 * sources changed, so the benchmarks never race other builds of .next.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { BenchConfig } from "./config";

type BuildState = { buildIsFresh: (root: string) => boolean; markBuilt: (root: string) => void };

/** The parsing pool's worker script, beside this build's output (see scripts/build-worker.mjs). */
function buildWorker(config: BenchConfig): void {
  const result = spawnSync(process.execPath, [path.join(config.root, "scripts/build-worker.mjs")], { cwd: config.root, stdio: "inherit", env: { ...process.env, NEXT_DIST_DIR: config.distDir } });
  if (result.status !== 0) throw new Error(`scripts/build-worker.mjs a échoué (code ${result.status ?? result.signal})`);
}

export async function ensureBenchBuild(config: BenchConfig): Promise<void> {
  // build-state.mjs reads NEXT_DIST_DIR when called.
  process.env.NEXT_DIST_DIR = config.distDir;
  const state = (await import(pathToFileURL(path.join(config.root, "scripts/lib/build-state.mjs")).href)) as BuildState;
  if (state.buildIsFresh(config.root)) {
    console.log(`▶ Build ${config.distDir} à jour.`);
    if (!fs.existsSync(path.join(config.root, config.distDir, "progressif-worker.mjs"))) buildWorker(config);
    return;
  }
  console.log(`▶ Build de production dans ${config.distDir} (next build)…`);
  // `next build` with a custom distDir adds it to tsconfig.json's include: put the file back as it was.
  const tsconfig = path.join(config.root, "tsconfig.json");
  const before = fs.readFileSync(tsconfig);
  try {
    const result = spawnSync(path.join(config.root, "node_modules/.bin/next"), ["build"], {
      cwd: config.root,
      stdio: "inherit",
      env: { ...process.env, NEXT_DIST_DIR: config.distDir, NEXT_TELEMETRY_DISABLED: "1" },
    });
    if (result.status !== 0) throw new Error(`next build a échoué (code ${result.status ?? result.signal})`);
  } finally {
    if (!fs.readFileSync(tsconfig).equals(before)) fs.writeFileSync(tsconfig, before);
  }
  buildWorker(config);
  state.markBuilt(config.root);
}
