// `npm run size [-- --dist .next-bench]`: the gzip First Load JS of the main routes, from the
// build's route bundle statistics (Next 16 prints no First Load JS column). Each chunk is gzipped
// on its own (level 9, like gzip-size), as the browser downloads it; kB = 1000 bytes.
// Exits non-zero when the learner's player (/attempts/[id]) is over its 150 kB budget.
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

const BUDGETS = { "/attempts/[id]": 150 };
const MAIN_ROUTES = ["/attempts/[id]", "/attempts/[id]/debrief", "/cases", "/cases/[slug]", "/signin", "/signup", "/", "/teach"];

const args = process.argv.slice(2);
const distArg = args.indexOf("--dist");
const distDir = distArg >= 0 ? args[distArg + 1] : process.env.NEXT_DIST_DIR || ".next";
const root = process.cwd();
const statsFile = path.join(root, distDir, "diagnostics", "route-bundle-stats.json");
if (!fs.existsSync(statsFile)) {
  console.error(`✗ ${path.relative(root, statsFile)} introuvable : lancez d'abord le build (npx next build, ou NEXT_DIST_DIR=${distDir} npx next build).`);
  process.exit(1);
}

const stats = JSON.parse(fs.readFileSync(statsFile, "utf8"));
const gzipCache = new Map();
function gzipSize(chunk) {
  if (!gzipCache.has(chunk)) gzipCache.set(chunk, zlib.gzipSync(fs.readFileSync(path.resolve(root, chunk)), { level: 9 }).length);
  return gzipCache.get(chunk);
}

const kB = (bytes) => (bytes / 1000).toFixed(1);
const rows = stats
  .map((r) => ({ route: r.route, raw: r.firstLoadUncompressedJsBytes, gzip: [...new Set(r.firstLoadChunkPaths)].reduce((n, c) => n + gzipSize(c), 0) }))
  .filter((r) => args.includes("--all") || MAIN_ROUTES.includes(r.route))
  .sort((a, b) => b.gzip - a.gzip);

const width = Math.max(...rows.map((r) => r.route.length), 5);
console.log(`First Load JS (${distDir})`);
console.log(`  ${"route".padEnd(width)}  ${"brut kB".padStart(8)}  ${"gzip kB".padStart(8)}  budget`);
let over = 0;
for (const r of rows) {
  const budget = BUDGETS[r.route];
  const mark = budget === undefined ? "" : r.gzip / 1000 <= budget ? `≤ ${budget} ✔` : `> ${budget} ✗`;
  if (budget !== undefined && r.gzip / 1000 > budget) over++;
  console.log(`  ${r.route.padEnd(width)}  ${kB(r.raw).padStart(8)}  ${kB(r.gzip).padStart(8)}  ${mark}`);
}
const shared = stats.length > 0 ? stats.map((r) => new Set(r.firstLoadChunkPaths)).reduce((a, b) => new Set([...a].filter((c) => b.has(c)))) : new Set();
console.log(`  (commun à toutes les routes : ${kB([...shared].reduce((n, c) => n + gzipSize(c), 0))} kB gzip)`);
process.exit(over > 0 ? 1 : 0);
