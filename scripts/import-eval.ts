/**
 * `npm run import:eval` — measures the case-report extraction (lib/import) on the evaluation set:
 * every content/import-eval/<name>.expected.json names its source document (the two bundled
 * documents of content/sources and the E3C reports of content/import-eval/e3c, see ORIGIN.md) and
 * lists, written by hand, the labs, events and treatments a reader finds in it. Prints precision
 * and recall per kind (labs, events, treatments), per document and overall.
 *
 * Matching rules (lib/import/eval/matching.ts): each expected item matches at most one extracted
 * item, and
 *  - a lab value matches by the strict rule when the canonical analyte (for an unlisted analyte,
 *    "unknown" and the same label), the numeric value and the unit after normalisation
 *    (10e3/mcl = G/L, /mcl = /µL, U/ml = U/mL…; both absent counts as same) are the same, the
 *    reference ranges agree (both absent, or the same low and high) and, when the expected value has
 *    a flag (computed from the range) or a stated flag (in words), it is the same;
 *  - a lab value matches by place when the value is the same and lies inside the expected quote
 *    (the right number at the right place, whatever analyte or unit it was given);
 *  - an event matches when the kind is the same and, for an absolute event, the date (YYYY-MM) is
 *    the same, for a relative event one text contains the other (case, accents, spaces ignored);
 *  - a treatment matches when the drug, the dose value and the normalised dose unit are the same
 *    (no dose on both sides counts as same). Schedules and timeline order are reported, not scored.
 * Precision = matched / extracted; recall = matched / expected.
 * Exit code 1 when an expected file is invalid (bad format, or a quote that is not in its source),
 * or a target is missed: labs (strict rule) 95 % overall and 85 % on every document, treatments and
 * events 90 % overall (precision and recall).
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { expectedFileSchema, type ExpectedFile } from "@/lib/import/eval/expected-schema";
import {
  flat,
  matchItems,
  orderAgreement,
  sameEvent,
  sameLab,
  sameLabPlace,
  sameSchedule,
  sameTreatment,
  type MatchResult,
} from "@/lib/import/eval/matching";
import { extractDocument } from "@/lib/import/extract-document";

const EVAL_DIR = "content/import-eval";
/** Targets: overall, and (labs only) on every document. */
const TARGETS = { labs: 0.95, events: 0.9, treatments: 0.9 } as const;
const LAB_DOCUMENT_TARGET = 0.85;
const KINDS = ["labs", "labs-place", "events", "treatments"] as const;
type Kind = (typeof KINDS)[number];
type Counts = { expected: number; extracted: number; matched: number };

const pct = (n: number, d: number) => (d === 0 ? "—" : `${((100 * n) / d).toFixed(1)} %`);
const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);

function loadExpected(file: string): ExpectedFile {
  const parsed = expectedFileSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.success) throw new Error(`${file} : ${parsed.error.issues.map((i) => `${i.path.join(".")} — ${i.message}`).join("; ")}`);
  return parsed.data;
}

function checkQuotes(file: string, expected: ExpectedFile, text: string) {
  const haystack = flat(text);
  const quotes = [...expected.labs, ...expected.treatments, ...(expected.labsNotCounted ?? [])].map((i) => i.quote);
  const missing = [...quotes, ...expected.events.map((e) => e.text)].filter((q) => !haystack.includes(flat(q)));
  if (missing.length) throw new Error(`${file} : citations absentes de la source : ${missing.map((q) => `« ${q} »`).join(", ")}`);
}

function describe(kind: Kind, item: unknown): string {
  const i = item as Record<string, unknown> & { range?: { low?: number; high?: number }; dose?: { value: number; unit?: string } };
  if (kind === "labs" || kind === "labs-place") {
    const range = i.range ? ` (${i.range.low ?? ""}–${i.range.high ?? ""})` : "";
    return `${i.analyte}${i.analyte === "unknown" ? `:${i.label}` : ""} ${i.value} ${i.unit ?? "(sans unité)"}${range}`;
  }
  if (kind === "events") return `${i.kind} ${i.date ?? ""} « ${i.text} »`.replace(/\s+/g, " ");
  const dose = typeof i.dose === "number" ? `${i.dose} ${i.unit ?? ""}` : i.dose ? `${i.dose.value} ${i.dose.unit ?? ""}` : "sans dose";
  return `${i.drug} ${dose}`.trim();
}

function row(cells: string[], widths: number[]): string {
  return cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
}

function main() {
  const files = readdirSync(EVAL_DIR).filter((f) => f.endsWith(".expected.json")).sort();
  const widths = [24, 11, 8, 8, 8, 10, 8];
  const lines = [row(["document", "type", "attendus", "extraits", "corrects", "précision", "rappel"], widths)];
  const details: string[] = [];
  const total: Record<Kind, Counts> = { labs: zero(), "labs-place": zero(), events: zero(), treatments: zero() };
  let failed = false;

  for (const file of files) {
    const expected = loadExpected(path.join(EVAL_DIR, file));
    const text = readFileSync(expected.source, "utf8");
    checkQuotes(file, expected, text);
    const extraction = extractDocument(text);
    const name = path.basename(expected.source, ".txt");
    const labs = matchItems(expected.labs, extraction.labs, sameLab);
    const labsPlace = matchItems(expected.labs, extraction.labs, sameLabPlace(text));
    const events = matchItems(expected.events, extraction.events, sameEvent);
    const treatments = matchItems(expected.treatments, extraction.treatments, sameTreatment);
    const results: Record<Kind, MatchResult<unknown, unknown>> = { labs, "labs-place": labsPlace, events, treatments };
    for (const kind of KINDS) {
      const r = results[kind];
      const counts = { expected: r.pairs.length + r.missed.length, extracted: r.pairs.length + r.spurious.length, matched: r.pairs.length };
      for (const k of Object.keys(counts) as (keyof Counts)[]) total[kind][k] += counts[k];
      lines.push(row([name, kind, ...cells(counts)], widths));
      if (kind === "labs" && !meets(counts, LAB_DOCUMENT_TARGET)) failed = true;
      if (kind === "labs-place") continue;
      for (const m of r.missed) details.push(`  ${name} ${kind} manqué   : ${describe(kind, m)}`);
      for (const x of r.spurious) details.push(`  ${name} ${kind} en trop  : ${describe(kind, x)}`);
    }
    const order = orderAgreement(events.pairs, expected.events);
    const schedules = treatments.pairs.filter(([e, x]) => sameSchedule(e, x)).length;
    details.push(`  ${name} : ordre chronologique ${order.agree}/${order.total} paires concordantes ; rythmes d'administration ${schedules}/${treatments.pairs.length} identiques`);
  }
  lines.push("-".repeat(widths.reduce((a, b) => a + b + 2, -2)));
  for (const kind of KINDS) lines.push(row(["ensemble", kind, ...cells(total[kind])], widths));
  for (const kind of ["labs", "events", "treatments"] as const) if (!meets(total[kind], TARGETS[kind])) failed = true;

  console.log("Évaluation de l'extraction (lib/import) sur les documents sources\n");
  console.log(lines.join("\n"));
  console.log("\nDétails :");
  console.log(details.join("\n"));
  const summary = (label: string, c: Counts) => `${label} : précision ${pct(c.matched, c.extracted)}, rappel ${pct(c.matched, c.expected)}`;
  console.log(
    [
      "",
      `${summary("Valeurs biologiques (règle stricte)", total.labs)} (cible ${TARGETS.labs * 100} % au total, ${LAB_DOCUMENT_TARGET * 100} % par document)`,
      `${summary("Valeurs biologiques (valeur et place dans le texte)", total["labs-place"])}`,
      `${summary("Traitements (avec leur dose)", total.treatments)} (cible ${TARGETS.treatments * 100} %)`,
      `${summary("Événements", total.events)} (cible ${TARGETS.events * 100} %)`,
      failed ? "ÉCHEC" : "OK",
    ].join("\n"),
  );
  process.exitCode = failed ? 1 : 0;
}

function zero(): Counts {
  return { expected: 0, extracted: 0, matched: 0 };
}

function cells(c: Counts): string[] {
  return [String(c.expected), String(c.extracted), String(c.matched), pct(c.matched, c.extracted), pct(c.matched, c.expected)];
}

function meets(c: Counts, target: number): boolean {
  return ratio(c.matched, c.extracted) >= target && ratio(c.matched, c.expected) >= target;
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
