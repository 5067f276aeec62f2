/**
 * `npm run bench:extract` — times the case-report extraction (lib/import/extract-document.ts) on
 * documents of 0.1, 1 and 5 MB made of the evaluation set's reports repeated, several runs each, and
 * the review's search for unextracted numbers on the 5 MB one. Prints, per size, the latency
 * percentiles (wall clock, and the process's CPU time, which a busy machine disturbs less), the
 * throughput and the time per MB (equal across sizes when the cost grows linearly), with the
 * machine and its load. A benchmark, not a test: target under one second for 5 MB on the project
 * machine; it never fails on time.
 */
import { readFileSync, readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { dictionaryIndex } from "@/lib/import/dictionary-pass";
import { extractDocument } from "@/lib/import/extract-document";
import { findUnextracted } from "@/lib/import/unextracted";

const EVAL_DIR = "content/import-eval";
const SIZES = [
  { mb: 0.1, runs: 20 },
  { mb: 1, runs: 10 },
  { mb: 5, runs: 7 },
];
const MB = 1024 * 1024;

function reports(): string[] {
  return readdirSync(EVAL_DIR)
    .filter((f) => f.endsWith(".expected.json"))
    .sort()
    .map((f) => (JSON.parse(readFileSync(path.join(EVAL_DIR, f), "utf8")) as { source: string }).source)
    .map((source) => readFileSync(source, "utf8"));
}

/** The reports repeated up to `bytes` (UTF-8), joined by blank lines. */
function corpus(texts: string[], bytes: number): string {
  const parts: string[] = [];
  for (let i = 0, size = 0; size < bytes; i++) {
    parts.push(texts[i % texts.length]);
    size += Buffer.byteLength(texts[i % texts.length], "utf8") + 2;
  }
  return parts.join("\n\n");
}

/** Wall and CPU milliseconds of one call. */
function measure<T>(run: () => T): { wall: number; cpu: number; result: T } {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const result = run();
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1000, result };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const ms = (n: number) => `${n.toFixed(0)} ms`;
const load = () => os.loadavg().map((l) => l.toFixed(1)).join(" / ");

const cpus = os.cpus();
console.log(`Machine : ${cpus[0]?.model.trim() ?? "?"}, ${cpus.length} cœurs, Node ${process.version} ; charge moyenne (1/5/15 min) au début : ${load()}`);
const texts = reports();
const build = measure(() => dictionaryIndex());
console.log(`Index des dictionnaires (une fois par processus) : ${ms(build.wall)}`);
// Warm-up on a small document, so the figures measure the extraction and not the compilation of its code.
extractDocument(corpus(texts, 50_000));

let fiveMb: string | undefined;
for (const { mb, runs } of SIZES) {
  const base = corpus(texts, mb * MB);
  const size = Buffer.byteLength(base, "utf8") / MB;
  const walls: number[] = [];
  const cpuTimes: number[] = [];
  let found = "";
  for (let r = 0; r < runs; r++) {
    // A different document each run (one more character), so nothing kept from the previous run is reused.
    const text = [base, String(r)].join(" ");
    const { wall, cpu, result } = measure(() => extractDocument(text));
    walls.push(wall);
    cpuTimes.push(cpu);
    found = `${result.sections.length} sections, ${result.labs.length} valeurs biologiques, ${result.events.length} événements, ${result.treatments.length} traitements`;
  }
  walls.sort((a, b) => a - b);
  cpuTimes.sort((a, b) => a - b);
  const p50 = percentile(walls, 50);
  console.log(
    [
      `\n${size.toFixed(2)} Mo, ${runs} passages — ${found}`,
      `  horloge : min ${ms(walls[0])}, p50 ${ms(p50)}, p90 ${ms(percentile(walls, 90))}, max ${ms(walls[walls.length - 1])}`,
      `  CPU     : min ${ms(cpuTimes[0])}, p50 ${ms(percentile(cpuTimes, 50))}, p90 ${ms(percentile(cpuTimes, 90))}`,
      `  débit (p50) : ${(size / (p50 / 1000)).toFixed(1)} Mo/s, ${ms(p50 / size)} par Mo${mb === 5 ? ` (cible : 5 Mo en moins de 1 000 ms)` : ""}`,
    ].join("\n"),
  );
  if (mb === 5) fiveMb = base;
}

if (fiveMb) {
  const extraction = extractDocument(fiveMb);
  // Another document in between, so the review's search does not reuse what the extraction kept (as in the browser).
  extractDocument(corpus(texts, 0.2 * MB));
  const missing = measure(() => findUnextracted(fiveMb!, extraction));
  console.log(`\nNombres non extraits (5 Mo) : ${missing.result.reduce((n, p) => n + p.numbers.length, 0)} en ${ms(missing.wall)}`);
}
console.log(`Charge moyenne à la fin : ${load()}`);
