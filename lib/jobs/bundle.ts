/**
 * The worker script of the parsing pool (lib/jobs/worker-build.mjs says how it is built). The
 * production server runs the file `npm run build` wrote beside Next's output, so that nothing is
 * compiled while serving and esbuild is only a build tool. Development and tests build it on first
 * use, in esbuild's own process (the event loop is not blocked), into node_modules/.cache, named by
 * its content hash (sources change between runs there).
 */
import { createHash } from "node:crypto";
import { access, mkdir, rename, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { buildWorkerCode, prebuiltWorkerPath } from "./worker-build.mjs";

let script: Promise<string> | undefined;

async function prebuilt(root: string): Promise<string> {
  const file = prebuiltWorkerPath(root);
  try {
    await access(file);
  } catch {
    throw new Error(`Script du pool d'analyse absent (${file}) : lancez npm run build.`);
  }
  return file;
}

async function buildOnDemand(root: string): Promise<string> {
  // Loaded from the project at run time, never bundled into the server (and never in production).
  const esbuild = createRequire(path.join(/*turbopackIgnore: true*/ root, "package.json"))("esbuild") as typeof import("esbuild");
  const code = await buildWorkerCode(esbuild, root);
  const dir = path.join(/*turbopackIgnore: true*/ root, "node_modules/.cache/progressif-jobs");
  const file = path.join(dir, `worker-${createHash("sha256").update(code).digest("hex").slice(0, 16)}.mjs`);
  try {
    await access(file);
  } catch {
    await mkdir(dir, { recursive: true });
    // Written under another name then renamed: another process never runs a half-written file.
    const temp = `${file}.${process.pid}.tmp`;
    await writeFile(temp, code);
    await rename(temp, file);
  }
  return file;
}

/** Path of the worker script: the prebuilt one in production, else built on first call. */
export function workerScript(root = process.cwd()): Promise<string> {
  script ??= (process.env.NODE_ENV === "production" ? prebuilt(root) : buildOnDemand(root)).catch((error) => {
    script = undefined;
    throw error;
  });
  return script;
}
