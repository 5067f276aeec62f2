import { readFileSync, readdirSync, writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { extractDocument } from "@/lib/import/extract-document";
import { findUnextracted } from "@/lib/import/unextracted";
const out = process.argv[2];
mkdirSync(out, { recursive: true });
const dir = "content/import-eval";
const sources = new Set<string>();
for (const f of readdirSync(dir).filter((f) => f.endsWith(".expected.json"))) sources.add(JSON.parse(readFileSync(path.join(dir, f), "utf8")).source);
for (const f of readdirSync("content/sources")) sources.add(path.join("content/sources", f));
for (const f of readdirSync(path.join(dir, "e3c")).filter((f) => f.endsWith(".txt"))) sources.add(path.join(dir, "e3c", f));
for (const s of [...sources].sort()) {
  if (!s.endsWith(".txt")) continue;
  const text = readFileSync(s, "utf8");
  const x = extractDocument(text);
  const u = findUnextracted(text, x);
  writeFileSync(path.join(out, path.basename(s) + ".json"), JSON.stringify({ x, u }, null, 1));
}
console.log(sources.size);
