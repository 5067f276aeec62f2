/**
 * The worker script of the parsing pool: worker-entry.ts and what it imports, bundled by esbuild
 * into one ES module written under node_modules/.cache (so that mammoth and unpdf, left external,
 * resolve from the project's node_modules). Built once per process, on first use, in esbuild's own
 * process (the event loop is not blocked), and named by its content hash. A file on disk, outside
 * the Next bundle: the production server runs it as it is, as do the tests.
 */
import { createHash } from "node:crypto";
import { mkdir, rename, writeFile, access } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";

let script: Promise<string> | undefined;

type Esbuild = typeof import("esbuild");

async function build(root: string): Promise<string> {
  // Loaded at run time from the project, never bundled into the server.
  const esbuild = createRequire(path.join(/*turbopackIgnore: true*/ root, "package.json"))("esbuild") as Esbuild;
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: [path.join(/*turbopackIgnore: true*/ root, "lib/jobs/worker-entry.ts")],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    write: false,
    logLevel: "silent",
    external: ["mammoth", "unpdf"],
    // Bundled CommonJS code may call require(): give it one.
    banner: { js: 'import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);' },
  });
  const code = result.outputFiles[0].text;
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

/** Path of the worker script, built on first call. */
export function workerScript(root = process.cwd()): Promise<string> {
  script ??= build(root).catch((error) => {
    script = undefined;
    throw error;
  });
  return script;
}
