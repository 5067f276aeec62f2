// How the parsing pool's worker script is built: lib/jobs/worker-entry.ts and what it imports,
// bundled by esbuild into one ES module (mammoth and unpdf stay external and resolve from the
// project's node_modules). Plain JavaScript, shared by the build (scripts/build-worker.mjs, part of
// `npm run build`) and by development and tests (lib/jobs/bundle.ts), which build it on demand.
import path from "node:path";

/** Where the production build keeps the worker script, beside Next's own output. */
export function prebuiltWorkerPath(root, distDir = process.env.NEXT_DIST_DIR || ".next") {
  return path.join(/*turbopackIgnore: true*/ root, distDir, "progressif-worker.mjs");
}

/** `esbuild`: the esbuild module (passed in: it is a build tool, never loaded by the server). */
export async function buildWorkerCode(esbuild, root) {
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
  return result.outputFiles[0].text;
}
