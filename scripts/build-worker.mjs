// `node scripts/build-worker.mjs`: writes the parsing pool's worker script beside Next's output
// (NEXT_DIST_DIR, default .next), so that the production server loads it as it is. Run by
// `npm run build` and by ensureBuild (scripts/lib/prepare.mjs) after `next build`.
import fs from "node:fs";
import path from "node:path";
import * as esbuild from "esbuild";
import { buildWorkerCode, prebuiltWorkerPath } from "../lib/jobs/worker-build.mjs";

async function buildWorker(root = process.cwd()) {
  const file = prebuiltWorkerPath(root);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // Written under another name then renamed: a running server never reads a half-written file.
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, await buildWorkerCode(esbuild, root));
  fs.renameSync(temp, file);
  return file;
}

const file = await buildWorker();
console.log(`▶ Script du pool d'analyse : ${path.relative(process.cwd(), file)}`);
