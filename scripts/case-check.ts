/**
 * `npm run case:check [dir…]` — validates case folders (all of content/cases by default) and prints,
 * per case, its stages, questions by type, investigations by relevance and maximum score.
 * Errors print as `file:path — reason`; the exit code is 1 when any case has an error, or when its
 * assessment figures (blind mark, investigations' share, PMZ count) exceed the case's limits.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { assessmentBreaches, assessmentFigures, assessmentLimitsOf, type AssessmentLimits } from "@/lib/content/assessment-figures";
import { caseStats } from "@/lib/content/check";
import { loadCaseFolder } from "@/lib/content/load";
import type { CaseError } from "@/lib/content/errors";
import type { QuestionType } from "@/lib/content/schema";

const ROOT = "content/cases";

type Labels<K extends string> = Record<K, [one: string, many: string]>;
const TYPE_LABELS: Labels<QuestionType> = {
  qru: ["QRU", "QRU"],
  qrm: ["QRM", "QRM"],
  qrp: ["QRP", "QRP"],
  qroc: ["QROC", "QROC"],
  numeric: ["numérique", "numériques"],
  ordering: ["classement", "classements"],
  tcs: ["TCS", "TCS"],
  zone: ["zone", "zones"],
  representation: ["représentation du problème", "représentations du problème"],
  differential: ["différentiel hiérarchisé", "différentiels hiérarchisés"],
};
const RELEVANCE_LABELS: Labels<"essential" | "useful" | "unnecessary" | "harmful"> = {
  essential: ["essentiel", "essentiels"],
  useful: ["utile", "utiles"],
  unnecessary: ["inutile", "inutiles"],
  harmful: ["délétère", "délétères"],
};

const fr = (x: number) => new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 2 }).format(x);
const BREACH_LABELS: Record<keyof AssessmentLimits, (value: number, limit: number) => string> = {
  blindMarkMax: (v, l) => `tout commander sans répondre rapporte ${fr(v)}/20 (limite ${fr(l)}/20) : renforcer le coût des examens inutiles ou alléger les essentiels`,
  investigationShareMax: (v, l) => `les examens pèsent ${fr(v)} % du maximum (limite ${fr(l)} %)`,
  pmzMax: (v, l) => `${v} PMZ (limite ${l}) : réserver le PMZ aux omissions dangereuses`,
};

const summarise = <K extends string>(counts: Record<K, number>, labels: Labels<K>) =>
  (Object.keys(labels) as K[])
    .filter((k) => counts[k] > 0)
    .map((k) => `${counts[k]} ${labels[k][counts[k] > 1 ? 1 : 0]}`)
    .join(", ") || "aucun";

function formatError(dir: string, e: CaseError): string {
  const where = e.path ? `${path.join(dir, e.file)}:${e.path}` : path.join(dir, e.file);
  return `  ${where} — ${e.message}${e.line ? ` (ligne ${e.line})` : ""}`;
}

function caseDirs(args: string[]): string[] {
  if (args.length > 0) return args;
  if (!existsSync(ROOT)) return [];
  return readdirSync(ROOT)
    .filter((name) => !name.startsWith(".") && !name.startsWith("_") && statSync(path.join(ROOT, name)).isDirectory())
    .sort()
    .map((name) => path.join(ROOT, name));
}

async function main(): Promise<number> {
  const dirs = caseDirs(process.argv.slice(2));
  if (dirs.length === 0) {
    console.log(`Aucun dossier de cas dans ${ROOT}.`);
    return 0;
  }
  let failed = 0;
  for (const dir of dirs) {
    if (!existsSync(dir) || !statSync(dir).isDirectory()) {
      console.log(`✘ ${dir}\n  dossier introuvable`);
      failed += 1;
      continue;
    }
    const result = await loadCaseFolder(dir);
    if (!result.ok) {
      failed += 1;
      console.log(`✘ ${dir} — ${result.errors.length} erreur(s)`);
      for (const e of result.errors) console.log(formatError(dir, e));
      continue;
    }
    const s = caseStats(result.case);
    console.log(`✔ ${dir} — ${result.case.title}`);
    if (result.warnings?.length) {
      console.log(`  ${result.warnings.length} avertissement(s) :`);
      for (const e of result.warnings) console.log(formatError(dir, e));
    }
    console.log(`  étapes : ${s.stages}`);
    console.log(`  questions : ${s.questions} (${summarise(s.questionsByType, TYPE_LABELS)})`);
    console.log(`  examens : ${summarise(s.investigationsByRelevance, RELEVANCE_LABELS)}`);
    console.log(`  score maximal : ${s.maxScore} (questions ${s.maxQuestionPoints} + examens essentiels ${s.maxInvestigationPoints})`);
    const figures = assessmentFigures(result.case);
    const limits = assessmentLimitsOf(result.case);
    console.log(
      `  évaluation : tout commander sans répondre ${fr(figures.blindMark20)}/20 (≤ ${fr(limits.blindMarkMax)}) ; ` +
        `examens ${fr(figures.investigationShare)} % du maximum (≤ ${fr(limits.investigationShareMax)} %) ; ` +
        `PMZ ${figures.pmzCount} (≤ ${limits.pmzMax}) ; inacceptables ${figures.inacceptableCount}`,
    );
    if (result.case.assessmentLimits) console.log(`  limites propres au cas : ${result.case.assessmentLimits.reason}`);
    const breaches = assessmentBreaches(figures, limits);
    if (breaches.length > 0) {
      failed += 1;
      console.log(`✘ ${dir} — ${breaches.length} limite(s) d'évaluation dépassée(s)`);
      for (const b of breaches) console.log(`  ${path.join(dir, "case.yaml")} — ${BREACH_LABELS[b.figure](b.value, b.limit)}`);
    }
  }
  console.log(`\n${dirs.length - failed}/${dirs.length} cas valides.`);
  return failed > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    process.exit(2);
  },
);
