// Decides whether the production build is missing or stale, from a hash of its inputs.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

// content/r2c: the R2C list is imported by lib/r2c/items.ts, so bundled (the cases are read at run time).
const INPUT_DIRS = ["app", "components", "lib", "db", "messages", "types", "public", "content/r2c"];
const INPUT_FILES = ["next.config.mjs", "package-lock.json", "tsconfig.json", "postcss.config.mjs", "proxy.ts", "instrumentation.ts"];
const distDir = () => process.env.NEXT_DIST_DIR || ".next";

function walk(dir, out) {
  if (!fs.existsSync(dir)) return;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (!/\.test\.tsx?$/.test(entry.name)) out.push(full);
  }
}

export function sourceHash(root = process.cwd()) {
  const files = [];
  for (const d of INPUT_DIRS) walk(path.join(root, d), files);
  for (const f of INPUT_FILES) if (fs.existsSync(path.join(root, f))) files.push(path.join(root, f));
  files.sort();
  const hash = createHash("sha256");
  for (const f of files) {
    hash.update(path.relative(root, f));
    hash.update(fs.readFileSync(f));
  }
  return hash.digest("hex");
}

export function buildIsFresh(root = process.cwd()) {
  const stamp = path.join(root, distDir(), "progressif-build-hash");
  return fs.existsSync(path.join(root, distDir(), "BUILD_ID")) && fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8") === sourceHash(root);
}

export function markBuilt(root = process.cwd()) {
  fs.writeFileSync(path.join(root, distDir(), "progressif-build-hash"), sourceHash(root));
}
