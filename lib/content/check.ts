/**
 * Semantic checks of a parsed case, beyond what the zod schema expresses: unique ids, references,
 * answer keys, quotes found in the source text, no spoilers. Pure: works on data, no file access.
 */
import { checkQuestion } from "./check-questions";
import { errorIn, type CaseError, type PathSegment } from "./errors";
import { quoteMatcher } from "./quotes";
import type { CaseDefinition, Finding, Investigation, Stage } from "./schema";
import { checkLeaks } from "./check-leaks";
import { checkEdnItems } from "./check-edn";

export { caseStats, type CaseStats } from "./stats";

type Report = (path: PathSegment[], message: string) => void;
const NOT_FOUND = "citation introuvable dans le texte source (comparaison après normalisation des espaces, retours à la ligne, apostrophes et guillemets)";

function findingQuotes(f: Finding, at: PathSegment[]): [PathSegment[], string][] {
  const out: [PathSegment[], string][] = [];
  if ("source" in f && f.source) out.push([[...at, "source"], f.source]);
  if (f.kind === "lab") f.rows.forEach((r, k) => r.source && out.push([[...at, "rows", k, "source"], r.source]));
  if (f.kind === "vitals") f.items.forEach((r, k) => r.source && out.push([[...at, "items", k, "source"], r.source]));
  return out;
}

function checkInvestigationPoints(inv: Investigation, report: Report) {
  const at = ["points"];
  if (inv.relevance === "essential" && inv.points <= 0) report(at, "un examen essentiel doit rapporter des points (> 0)");
  if ((inv.relevance === "unnecessary" || inv.relevance === "harmful") && inv.points > 0) report(at, "un examen inutile ou délétère coûte des points : valeur ≤ 0 attendue");
  // The maximum counts essential investigations only; points on a useful one could push a mark above 20.
  if (inv.relevance === "useful" && inv.points !== 0) report(at, "un examen utile ne rapporte ni ne coûte de points : 0 attendu");
}

type Seen = { stages: Set<string>; questions: Set<string>; investigations: Set<string> };

function checkStage(stage: Stage, report: Report, caseDef: CaseDefinition, found: (q: string) => boolean, seen: Seen) {
  const unique = (set: Set<string>, id: string, path: PathSegment[], what: string) => {
    if (set.has(id)) report(path, `identifiant ${what} en double dans le cas : « ${id} »`);
    set.add(id);
  };
  const quote = (path: PathSegment[], q: string | undefined) => {
    if (q !== undefined && !found(q)) report(path, NOT_FOUND);
  };
  const objectives = new Set(caseDef.objectives.map((o) => o.id));
  const errata = new Set(caseDef.errata.map((e) => e.id));

  unique(seen.stages, stage.id, ["id"], "d'étape");
  stage.sources.forEach((s, k) => quote(["sources", k], s));
  stage.errata.forEach((id, k) => {
    if (!errata.has(id)) report(["errata", k], `erratum inconnu : « ${id} » (à déclarer dans case.yaml, errata)`);
  });
  stage.findings.forEach((f, k) => findingQuotes(f, ["findings", k]).forEach(([p, q]) => quote(p, q)));
  stage.investigations.forEach((inv, k) => {
    const sub: Report = (p, m) => report(["investigations", k, ...p], m);
    unique(seen.investigations, inv.id, ["investigations", k, "id"], "d'examen");
    quote(["investigations", k, "source"], inv.source);
    checkInvestigationPoints(inv, sub);
  });
  stage.questions.forEach((q, k) => {
    const sub: Report = (p, m) => report(["questions", k, ...p], m);
    unique(seen.questions, q.id, ["questions", k, "id"], "de question");
    quote(["questions", k, "source"], q.source);
    q.objectives.forEach((id, m) => {
      if (!objectives.has(id)) sub(["objectives", m], `objectif pédagogique inconnu : « ${id} » (à déclarer dans case.yaml, objectives)`);
    });
    checkQuestion(q, sub);
    checkEdnItems(q.edn, ["edn"], sub);
    // Question errata are shown once the question is answered: they must be declared in case.yaml.
    q.errata?.forEach((id, m) => {
      if (!errata.has(id)) sub(["errata", m], `erratum inconnu : « ${id} » (à déclarer dans case.yaml, errata)`);
    });
    q.newInformation?.findings?.forEach((f, m) => findingQuotes(f, ["questions", k, "newInformation", "findings", m]).forEach(([p, v]) => quote(p, v)));
  });
  if (stage.menuClosesBefore !== undefined) {
    const at = stage.questions.findIndex((q) => q.id === stage.menuClosesBefore);
    if (at < 0) report(["menuClosesBefore"], `question inconnue dans cette étape : « ${stage.menuClosesBefore} » (le menu se ferme avant une question de l'étape)`);
    // Before the first question, the learner orders tests, then says "J'ai terminé mes demandes": there must be tests to order.
    else if (at === 0 && stage.investigations.length === 0)
      report(["menuClosesBefore"], "le menu se ferme avant la première question, mais l'étape ne propose aucun examen : ajoutez des examens, ou omettez ce champ");
  }
}

/**
 * All semantic errors of a case (leaks included, warnings left out). `stageFiles[i]` names the file of `caseDef.stages[i]` so that each
 * error points at the file to edit.
 */
export function checkCase(caseDef: CaseDefinition, stageFiles?: readonly string[]): CaseError[] {
  return checkCaseMarked(caseDef, stageFiles)
    .filter((m) => !m.warning)
    .map((m) => m.error);
}

/**
 * The same errors in the same order, each marked when it comes from the leak checks (spoilers, QROC
 * answers shown early: `spoiler`), which the editor and the zip import show as warnings (bundled
 * cases and case:check refuse them), or when it is a warning everywhere (`warning`: a right
 * option's text shown before its question).
 */
export function checkCaseMarked(
  caseDef: CaseDefinition,
  stageFiles: readonly string[] = caseDef.stages.map((s) => `${s.id}.yaml`),
): { error: CaseError; spoiler: boolean; warning?: boolean }[] {
  const errors: CaseError[] = [];
  const inCase = errorIn("case.yaml");
  const report: Report = (p, m) => errors.push(inCase(p, m));
  const found = quoteMatcher(caseDef.sourceText);

  const uniqueIn = (items: readonly { id: string }[], key: string, what: string) => {
    const seen = new Set<string>();
    items.forEach((it, k) => {
      if (seen.has(it.id)) report([key, k, "id"], `identifiant ${what} en double : « ${it.id} »`);
      seen.add(it.id);
    });
  };
  uniqueIn(caseDef.objectives, "objectives", "d'objectif");
  uniqueIn(caseDef.errata, "errata", "d'erratum");
  checkEdnItems(caseDef.edn, ["edn"], report);
  caseDef.objectives.forEach((o, k) => checkEdnItems(o.edn, ["objectives", k, "edn"], report));
  caseDef.errata.forEach((e, k) => {
    if (!found(e.quote)) report(["errata", k, "quote"], NOT_FOUND);
  });
  // A spoiler is revealed by a stage or by a question.
  const revealers = new Set(caseDef.stages.flatMap((s) => [s.id, ...s.questions.map((q) => q.id)]));
  caseDef.spoilers.forEach((s, k) => {
    if (!revealers.has(s.revealedAt)) report(["spoilers", k, "revealedAt"], `étape ou question inconnue : « ${s.revealedAt} » (identifiant d'étape ou de question attendu)`);
  });

  const seen: Seen = { stages: new Set(), questions: new Set(), investigations: new Set() };
  caseDef.stages.forEach((stage, i) => {
    const inStage = errorIn(stageFiles[i] ?? `stage ${i + 1}`);
    checkStage(stage, (p, m) => errors.push(inStage(p, m)), caseDef, found, seen);
  });
  if (caseDef.stages.every((s) => s.questions.length === 0)) report(["stages"], "le cas ne pose aucune question");

  // Authors read errors file by file: case.yaml first, then the stages in order.
  const fileOrder = ["case.yaml", ...stageFiles];
  const rank = (e: CaseError) => (fileOrder.indexOf(e.file) + fileOrder.length + 1) % (fileOrder.length + 1);
  const leaks = checkLeaks(caseDef, stageFiles).map(({ error, severity }) => (severity === "warning" ? { error, spoiler: true, warning: true } : { error, spoiler: true }));
  return [...errors.map((error) => ({ error, spoiler: false })), ...leaks].sort(
    (a, b) => rank(a.error) - rank(b.error),
  );
}
