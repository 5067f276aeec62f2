/**
 * `npm run bench:extract` — times the case-report extraction (lib/import/extract-document.ts) on a
 * 5 MB document made of the evaluation set's reports repeated, and the review's search for
 * unextracted numbers on the same text. A benchmark, not a test: it prints the figures (target:
 * extraction under one second on the project machine) and never fails on time.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { extractDocument } from "@/lib/import/extract-document";
import { findUnextracted } from "@/lib/import/unextracted";

const EVAL_DIR = "content/import-eval";
const TARGET_BYTES = 5 * 1024 * 1024;

function corpus(): string {
  const sources = readdirSync(EVAL_DIR)
    .filter((f) => f.endsWith(".expected.json"))
    .sort()
    .map((f) => (JSON.parse(readFileSync(path.join(EVAL_DIR, f), "utf8")) as { source: string }).source);
  const texts = sources.map((s) => readFileSync(s, "utf8"));
  const parts: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < TARGET_BYTES; i++) {
    const t = texts[i % texts.length];
    parts.push(t);
    bytes += Buffer.byteLength(t, "utf8") + 2;
  }
  return parts.join("\n\n");
}

function time<T>(run: () => T): { ms: number; result: T } {
  const start = performance.now();
  const result = run();
  return { ms: performance.now() - start, result };
}

const text = corpus();
const mb = (Buffer.byteLength(text, "utf8") / 1024 / 1024).toFixed(2);
// One warm-up run on a slice, so the figure measures the extraction and not regex compilation.
extractDocument(text.slice(0, 20_000));
const runs = [0, 1, 2].map(() => time(() => extractDocument(text)));
const best = Math.min(...runs.map((r) => r.ms));
const { labs, events, treatments, sections } = runs[0].result;
const missing = time(() => findUnextracted(text, runs[0].result));
console.log(`Document : ${mb} Mo (${text.length.toLocaleString("fr-FR")} caractères)`);
console.log(`Extraction : ${runs.map((r) => `${r.ms.toFixed(0)} ms`).join(", ")} — meilleure ${best.toFixed(0)} ms (cible < 1 000 ms)`);
console.log(`Trouvé : ${sections.length} sections, ${labs.length} valeurs biologiques, ${events.length} événements, ${treatments.length} traitements`);
console.log(`Nombres non extraits : ${missing.result.reduce((n, p) => n + p.numbers.length, 0)} en ${missing.ms.toFixed(0)} ms`);
