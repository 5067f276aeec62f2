/**
 * Inline checks for the case editor: the answer-key and reference rules an author should see next
 * to the field while editing (the full validation runs on publish, in validate-draft.ts).
 * Each check carries a code and parameters, not a sentence, so the editor shows it in the UI
 * language. Paths have the DraftIssue format ("stages[1].questions[0].options").
 * Drafts are incomplete while edited: every value is read defensively.
 * Pure module: no Next, React or database imports.
 */
import { DIFFERENTIAL_MENU_MAX, DIFFERENTIAL_MENU_MIN, LONG_MENU_MAX, LONG_MENU_MIN } from "@/lib/content/check-questions";
import { formatPath, type PathSegment } from "@/lib/content/errors";
import { quoteMatcher } from "@/lib/content/quotes";
import type { Investigation, Option, Question, Stage } from "@/lib/content/schema";
import { findLeaks, type Leak } from "@/lib/content/leaks";
import type { DraftCase } from "./draft";

export const EDITOR_CHECK_CODES = [
  "invalidId", "duplicateId", "noObjective", "unknownObjective", "unknownStage", "unknownErratum",
  "points", "qruOneRight", "noRight", "pmzNotRight", "inacceptableRight", "qrpN", "longMenuSize",
  "qrocNoAnswer", "qrocTooLong", "numericAnswer", "numericUnit", "numericTolerance", "orderUnknown",
  "orderDuplicate", "orderMissing", "unknownItem", "toleratedSame", "perSwapRange", "tcsCount",
  "tcsNoExpert", "zoneNotInText", "zoneNoneCorrect", "essentialPoints", "penaltyPoints", "usefulPoints",
  "spoilerBeforePlay", "spoilerInStage", "spoilerBeforePlayQuestion", "spoilerBeforeQuestion",
  "qrocAnswerVisible", "rightOptionVisible",
  "representationPoints", "qualifierNotInSummary", "noQualifier", "differentialMenuSize", "rankingSize",
  "rankingUnknown", "rankingDuplicate", "rankingNoCantMiss",
] as const;
export type EditorCheckCode = (typeof EDITOR_CHECK_CODES)[number];

export type CheckParams = Record<string, string | number>;
export type EditorCheck = { path: string; code: EditorCheckCode; params: CheckParams; severity: "error" | "warning" };

type Report = (path: PathSegment[], code: EditorCheckCode, params?: CheckParams) => void;

const SLUG_ID = /^[a-z0-9][a-z0-9-]*$/;
const QROC_MAX_WORDS = 5;
const TCS_SCALE = ["-2", "-1", "0", "1", "2"] as const;

const isNumber = (x: unknown): x is number => typeof x === "number" && Number.isFinite(x);
const str = (x: unknown): string => (typeof x === "string" ? x : "");
const arr = <T>(x: T[] | undefined | null): T[] => (Array.isArray(x) ? x : []);

function collector(prefix: PathSegment[] = []): { checks: EditorCheck[]; report: Report } {
  const checks: EditorCheck[] = [];
  const report: Report = (path, code, params = {}) => checks.push({ path: formatPath([...prefix, ...path]), code, params, severity: "error" });
  return { checks, report };
}

/** Ids in `items` must be well-formed and unique; `seen` may be shared to make them unique case-wide. */
function checkIds(items: readonly { id?: unknown }[], key: PathSegment[], report: Report, seen = new Set<string>()) {
  items.forEach((item, k) => {
    const id = str(item?.id);
    if (!SLUG_ID.test(id)) report([...key, k, "id"], "invalidId", { id });
    else if (seen.has(id)) report([...key, k, "id"], "duplicateId", { id });
    seen.add(id);
  });
}

function checkChoice(q: Extract<Question, { options: unknown }>, report: Report) {
  const options: readonly Option[] = arr(q.options);
  checkIds(options, ["options"], report);
  options.forEach((o, k) => {
    if (o.pmz && !o.correct) report(["options", k, "pmz"], "pmzNotRight");
    if (o.inacceptable && o.correct) report(["options", k, "inacceptable"], "inacceptableRight");
  });
  const right = options.filter((o) => o.correct).length;
  if (q.type === "qru" && right !== 1) report(["options"], "qruOneRight", { count: right });
  if (q.type !== "qru" && right === 0) report(["options"], "noRight");
  if (q.type !== "qrp") return;
  // x/n scoring only reaches 1 when exactly n options are right.
  if (right > 0 && q.n !== right) report(["n"], "qrpN", { n: isNumber(q.n) ? q.n : "?", count: right });
  if (q.longMenu && (options.length < LONG_MENU_MIN || options.length > LONG_MENU_MAX)) {
    report(["options"], "longMenuSize", { count: options.length, min: LONG_MENU_MIN, max: LONG_MENU_MAX });
  }
}

function checkNumeric(q: Extract<Question, { type: "numeric" }>, report: Report) {
  if (!isNumber(q.answer)) report(["answer"], "numericAnswer");
  if (!str(q.unit).trim()) report(["unit"], "numericUnit");
  const t: unknown = q.tolerance;
  const valid =
    (isNumber(t) && t >= 0) ||
    (typeof t === "object" && t !== null && isNumber((t as { below?: unknown }).below) && isNumber((t as { above?: unknown }).above) && (t as { below: number }).below >= 0 && (t as { above: number }).above >= 0);
  if (!valid) report(["tolerance"], "numericTolerance");
}

function checkOrdering(q: Extract<Question, { type: "ordering" }>, report: Report) {
  const items = arr(q.items);
  checkIds(items, ["items"], report);
  const ids = new Set(items.map((i) => i.id));
  const seen = new Set<string>();
  arr(q.order).forEach((id, k) => {
    if (!ids.has(id)) report(["order", k], "orderUnknown", { id });
    else if (seen.has(id)) report(["order", k], "orderDuplicate", { id });
    seen.add(id);
  });
  const missing = items.filter((i) => !seen.has(i.id));
  if (missing.length > 0) report(["order"], "orderMissing", { items: missing.map((i) => str(i.text) || i.id).join(", ") });
  const rule = q.rule ?? { fixed: [], tolerated: [], perSwap: 0, text: "" };
  arr(rule.fixed).forEach((id, k) => {
    if (!ids.has(id)) report(["rule", "fixed", k], "unknownItem", { id });
  });
  arr(rule.tolerated).forEach((pair, k) => {
    arr(pair).forEach((id, m) => {
      if (!ids.has(id)) report(["rule", "tolerated", k, m], "unknownItem", { id });
    });
    if (pair?.[0] !== undefined && pair[0] === pair[1]) report(["rule", "tolerated", k], "toleratedSame");
  });
  if (!isNumber(rule.perSwap) || rule.perSwap < 0 || rule.perSwap > 1) report(["rule", "perSwap"], "perSwapRange");
}

function checkTcs(q: Extract<Question, { type: "tcs" }>, report: Report) {
  const panel = (q.panel ?? {}) as Record<string, unknown>;
  let experts = 0;
  for (const key of TCS_SCALE) {
    const n = panel[key];
    if (!isNumber(n) || n < 0 || !Number.isInteger(n)) report(["panel", key], "tcsCount");
    else experts += n;
  }
  if (experts === 0) report(["panel"], "tcsNoExpert");
}

function checkZone(q: Extract<Question, { type: "zone" }>, report: Report) {
  const zones = arr(q.zones);
  checkIds(zones, ["zones"], report);
  if (!zones.some((z) => z.correct)) report(["zones"], "zoneNoneCorrect");
  const inText = quoteMatcher(str(q.text));
  zones.forEach((z, k) => {
    const text = str(z.text).trim();
    if (text && !inText(text)) report(["zones", k, "text"], "zoneNotInText", { text });
  });
}

function checkRepresentation(q: Extract<Question, { type: "representation" }>, report: Report) {
  const qualifiers = arr(q.qualifiers);
  checkIds(qualifiers, ["qualifiers"], report);
  if (qualifiers.length === 0) report(["qualifiers"], "noQualifier");
  const inSummary = quoteMatcher(str(q.summary));
  qualifiers.forEach((x, k) => {
    const text = str(x.text).trim();
    if (text && !inSummary(text)) report(["qualifiers", k, "text"], "qualifierNotInSummary", { text });
  });
}

function checkDifferential(q: Extract<Question, { type: "differential" }>, report: Report) {
  const diagnoses = arr(q.diagnoses);
  checkIds(diagnoses, ["diagnoses"], report);
  if (diagnoses.length < DIFFERENTIAL_MENU_MIN || diagnoses.length > DIFFERENTIAL_MENU_MAX) {
    report(["diagnoses"], "differentialMenuSize", { count: diagnoses.length, min: DIFFERENTIAL_MENU_MIN, max: DIFFERENTIAL_MENU_MAX });
  }
  const ranking = arr(q.ranking);
  if (ranking.length < 1 || ranking.length > 5) report(["ranking"], "rankingSize", { count: ranking.length });
  const menu = new Set(diagnoses.map((d) => str(d.id)));
  const seen = new Set<string>();
  ranking.forEach((k, i) => {
    const id = str(k?.id);
    if (!menu.has(id)) report(["ranking", i, "id"], "rankingUnknown", { id });
    else if (seen.has(id)) report(["ranking", i, "id"], "rankingDuplicate", { id });
    seen.add(id);
  });
  if (ranking.length > 0 && !ranking.some((k) => k?.cantMiss)) report(["ranking"], "rankingNoCantMiss");
}

/** The rules of one question, with paths relative to the question. */
export function checkQuestionItem(q: Question, objectiveIds: ReadonlySet<string>): EditorCheck[] {
  const { checks, report } = collector();
  if (q.type === "representation") {
    if (q.points !== undefined && q.points !== 0) report(["points"], "representationPoints");
  } else if (!isNumber(q.points) || q.points <= 0) report(["points"], "points");
  const objectives = arr(q.objectives);
  if (objectives.length === 0) report(["objectives"], "noObjective");
  objectives.forEach((id, k) => {
    if (!objectiveIds.has(id)) report(["objectives", k], "unknownObjective", { id });
  });
  switch (q.type) {
    case "qru":
    case "qrm":
    case "qrp":
      checkChoice(q, report);
      break;
    case "qroc": {
      const accepted = arr(q.accepted).map((a) => str(a).trim());
      if (!accepted.some(Boolean)) report(["accepted"], "qrocNoAnswer");
      accepted.forEach((a, k) => {
        if (a.split(/\s+/u).length > QROC_MAX_WORDS) report(["accepted", k], "qrocTooLong", { max: QROC_MAX_WORDS });
      });
      break;
    }
    case "numeric":
      checkNumeric(q, report);
      break;
    case "ordering":
      checkOrdering(q, report);
      break;
    case "tcs":
      checkTcs(q, report);
      break;
    case "zone":
      checkZone(q, report);
      break;
    case "representation":
      checkRepresentation(q, report);
      break;
    case "differential":
      checkDifferential(q, report);
      break;
  }
  return checks;
}

/** Points by relevance: what the scoring engine expects of an investigation. */
export function checkInvestigationItem(inv: Investigation): EditorCheck[] {
  const { checks, report } = collector();
  if (!isNumber(inv.points)) return checks;
  if (inv.relevance === "essential" && inv.points <= 0) report(["points"], "essentialPoints");
  if ((inv.relevance === "unnecessary" || inv.relevance === "harmful") && inv.points > 0) report(["points"], "penaltyPoints");
  // The maximum counts essential investigations only: points on a useful one could push a mark above 20.
  if (inv.relevance === "useful" && inv.points !== 0) report(["points"], "usefulPoints");
  return checks;
}

const prefixed = (prefix: PathSegment[], checks: EditorCheck[]): EditorCheck[] =>
  checks.map((c) => ({ ...c, path: joinPath(formatPath(prefix), c.path) }));

function joinPath(base: string, rest: string): string {
  if (!rest) return base;
  if (!base) return rest;
  return rest.startsWith("[") ? `${base}${rest}` : `${base}.${rest}`;
}

type CaseSeen = { questions: Set<string>; investigations: Set<string> };

function checkStageItem(stage: Stage, i: number, draft: DraftCase, seen: CaseSeen): EditorCheck[] {
  const at: PathSegment[] = ["stages", i];
  const { checks, report } = collector(at);
  const errata = new Set(arr(draft.errata).map((e) => e.id));
  arr(stage.errata).forEach((id, k) => {
    if (!errata.has(id)) report(["errata", k], "unknownErratum", { id });
  });
  // Question and investigation ids are unique in the whole case (answers and requests refer to them).
  checkIds(arr(stage.investigations), ["investigations"], report, seen.investigations);
  checkIds(arr(stage.questions), ["questions"], report, seen.questions);
  const objectiveIds = new Set(arr(draft.objectives).map((o) => o.id));
  return [
    ...checks,
    ...arr(stage.investigations).flatMap((inv, k) => prefixed([...at, "investigations", k], checkInvestigationItem(inv))),
    ...arr(stage.questions).flatMap((q, k) => prefixed([...at, "questions", k], checkQuestionItem(q, objectiveIds))),
  ];
}

const placePath = (place: { stage: number | null; path: PathSegment[] }): string =>
  formatPath(place.stage === null ? place.path : ["stages", place.stage, ...place.path]);

/**
 * The leak rules of case:check (lib/content/leaks.ts), by code: QROC answers and spoiler terms shown
 * too early are errors, a right option's text shown before its question a warning. A QROC answer or
 * option is reported at the question (`where` says where it shows), a spoiler where it shows.
 */
export function leakChecks(draft: DraftCase): EditorCheck[] {
  const stages = arr(draft.stages);
  const revealer = (id: string) => {
    const stage = stages.find((s) => s.id === id);
    return stage ? { code: "stage" as const, name: str(stage.title).trim() || id } : { code: "question" as const, name: id };
  };
  return findLeaks(draft).map((leak: Leak): EditorCheck => {
    switch (leak.code) {
      case "qrocAnswerVisible":
      case "rightOptionVisible":
        return { path: placePath(leak.subject), code: leak.code, params: { answer: leak.term, question: leak.subject.id, where: placePath(leak.at) }, severity: leak.severity };
      case "spoilerBeforePlay":
      case "spoilerVisible": {
        const by = revealer(leak.subject.id);
        const early = leak.code === "spoilerBeforePlay";
        const code = by.code === "stage" ? (early ? "spoilerBeforePlay" : "spoilerInStage") : early ? "spoilerBeforePlayQuestion" : "spoilerBeforeQuestion";
        return { path: placePath(leak.at), code, params: by.code === "stage" ? { term: leak.term, stage: by.name } : { term: leak.term, question: by.name }, severity: leak.severity };
      }
    }
  });
}

/** Former name: the editor's scan of texts shown too early. */
export const spoilerChecks = leakChecks;

/** The answer-key and reference checks of a draft (cheap: run on every change). */
export function inlineChecks(draft: DraftCase): EditorCheck[] {
  const { checks, report } = collector();
  checkIds(arr(draft.objectives), ["objectives"], report);
  checkIds(arr(draft.errata), ["errata"], report);
  // A spoiler is revealed by a stage or by a question.
  const revealers = new Set(arr(draft.stages).flatMap((s) => [s.id, ...arr(s.questions).map((q) => q.id)]));
  arr(draft.spoilers).forEach((s, k) => {
    if (!revealers.has(s.revealedAt)) report(["spoilers", k, "revealedAt"], "unknownStage", { id: str(s.revealedAt) });
  });
  checkIds(arr(draft.stages), ["stages"], report);
  const seen: CaseSeen = { questions: new Set(), investigations: new Set() };
  const nested = arr(draft.stages).flatMap((stage, i) => checkStageItem(stage, i, draft, seen));
  return [...checks, ...nested];
}

/** Every inline check of a draft: case-level errors, then each stage's, then the leak checks. */
export function editorChecks(draft: DraftCase): EditorCheck[] {
  return [...inlineChecks(draft), ...leakChecks(draft)];
}
