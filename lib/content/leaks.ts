/**
 * Leak checks: one rule engine for `case:check` (check-leaks.ts turns its findings into French
 * errors) and the case editor (editor-checks.ts shows them by code). Pure, and it reads its input
 * defensively: drafts being edited are incomplete.
 *
 * Visibility model (the player's, question by question): before play the learner sees the title,
 * summary, tags and learning objectives. Within a stage, the narrative, findings, stage errata and
 * investigation menu are visible first (so are the results of the tests the menu offers: they can
 * be ordered before any question of the stage, or while it is on screen), then the questions one at
 * a time. A question's new information is visible from that question on; its errata once it is
 * answered. Explanations and per-option feedback are not counted as visible here: exam mode shows
 * them only in the debrief.
 *
 * Rules:
 * - error `qrocAnswerVisible`: a QROC accepted answer or synonym appears (after normalisation, whole
 *   words, plural and determiner tolerant) in a text visible before or with that question;
 * - error `spoilerBeforePlay` / `spoilerVisible`: a spoiler term appears before the stage or question
 *   that reveals it (for a stage: in any text of an earlier stage, explanations included, as before);
 * - warning `rightOptionVisible`: a right option's exact text is visible before its question.
 * A ranked differential's menu (`diagnoses`) lists candidate diagnoses by design (at least 8, shown in
 * alphabetical order): naming the diagnosis among them is the exercise, so the spoiler rule does not
 * read it (the QROC and right-option rules still do). A problem representation's summary and
 * qualifiers are its answer key, shown once it is answered.
 */
import { normalizeAnswer, normalizeText } from "@/lib/scoring/normalize";
import type { PathSegment } from "./errors";

export type LeakCode = "qrocAnswerVisible" | "spoilerBeforePlay" | "spoilerVisible" | "rightOptionVisible";

/** Where a text is: in case.yaml (stage null) or in a stage, by path inside it. */
export type TextPlace = { stage: number | null; path: PathSegment[] };

export type Leak = {
  code: LeakCode;
  severity: "error" | "warning";
  /** Where the offending text is shown. */
  at: TextPlace;
  /** The question whose answer leaks, or the stage/question that reveals a spoiler term. */
  subject: { stage: number | null; path: PathSegment[]; id: string };
  /** The leaked answer, option text or term. */
  term: string;
};

// Loose shapes: a draft may lack any field.
type Loose = Record<string, unknown>;
type Text = TextPlace & { text: string };

const str = (x: unknown): string => (typeof x === "string" ? x : "");
const arr = (x: unknown): Loose[] => (Array.isArray(x) ? (x as Loose[]).filter((v) => v && typeof v === "object") : []);
const strings = (x: unknown): string[] => (Array.isArray(x) ? x.filter((v): v is string => typeof v === "string") : []);

/** Keys whose values are identifiers, enums, keys or provenance rather than text shown in play. */
const SKIPPED_KEYS = new Set(["id", "type", "kind", "relevance", "flag", "objectives", "errata", "order", "fixed", "tolerated", "source", "sources", "menuClosesBefore", "correct", "pmz", "inacceptable", "pinned", "accepted", "display", "panel", "answer", "tolerance", "n", "longMenu", "points"]);
/** Of a question, also shown after answering only (training) or in the debrief. */
const ANSWER_KEYS = new Set(["explanation", "feedback", "rule", "summary", "qualifiers"]);

function collect(value: unknown, place: TextPlace, out: Text[], skip: ReadonlySet<string> = SKIPPED_KEYS): Text[] {
  if (typeof value === "string") out.push({ ...place, text: value });
  else if (Array.isArray(value)) value.forEach((v, i) => collect(v, { stage: place.stage, path: [...place.path, i] }, out, skip));
  else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) if (!skip.has(k)) collect(v, { stage: place.stage, path: [...place.path, k] }, out, skip);
  }
  return out;
}

// Every text is compared with every answer, option and term: normalise each text once.
const normalised = new Map<string, string>();
function norm(text: string): string {
  let n = normalised.get(text);
  if (n === undefined) {
    if (normalised.size > 20_000) normalised.clear();
    normalised.set(text, (n = normalizeText(text)));
  }
  return n;
}

/** Whole words, case- and accent-insensitive, each word may take a plural -s/-x. */
function phraseMatcher(words: string[]): (text: string) => boolean {
  const kept = words.filter(Boolean);
  if (kept.length === 0) return () => false;
  const re = new RegExp(`(?:^| )${kept.map((w) => `${w}(?:s|x)?`).join(" ")}(?: |$)`);
  return (text) => re.test(norm(text));
}

/** A spoiler term: whole words of the normalised term. */
export const termMatcher = (term: string) => phraseMatcher(normalizeText(term).split(" "));
/** A QROC answer: its determiner, trailing parenthesis and plurals dropped, as the scorer compares it. */
export const answerMatcher = (answer: string) => phraseMatcher(normalizeAnswer(answer).split(" "));

type Q = { stage: number; index: number; id: string; q: Loose };

/** What the learner sees of a case, in order: before play, then per stage, then per question. */
class Visibility {
  readonly beforePlay: Text[];
  readonly questions: Q[];
  private readonly errata: Map<string, string>;

  constructor(private readonly def: Loose) {
    this.beforePlay = [
      { stage: null, path: ["title"], text: str(def.title) },
      { stage: null, path: ["summary"], text: str(def.summary) },
      ...strings(def.tags).map((text, i): Text => ({ stage: null, path: ["tags", i], text })),
      ...arr(def.objectives).map((o, i): Text => ({ stage: null, path: ["objectives", i, "text"], text: str(o.text) })),
    ];
    this.errata = new Map(arr(def.errata).map((e) => [str(e.id), `${str(e.quote)}\n${str(e.correction)}`]));
    this.questions = this.stages().flatMap((s, stage) => arr(s.questions).map((q, index) => ({ stage, index, id: str(q.id), q })));
  }

  stages(): Loose[] {
    return arr(this.def.stages);
  }

  private erratumTexts(ids: unknown, place: TextPlace): Text[] {
    return strings(ids).flatMap((id, k) => {
      const text = this.errata.get(id);
      return text ? [{ stage: place.stage, path: [...place.path, k], text }] : [];
    });
  }

  private readonly openings = new Map<number, Text[]>();
  private readonly shown = new Map<Q, Text[]>();

  /** Visible on entering stage `i`: narrative, findings, menu labels and results, stage errata. */
  stageOpening(i: number): Text[] {
    let cached = this.openings.get(i);
    if (!cached) this.openings.set(i, (cached = this.computeOpening(i)));
    return cached;
  }

  private computeOpening(i: number): Text[] {
    const s = this.stages()[i] ?? {};
    const out: Text[] = [];
    collect(s.title, { stage: i, path: ["title"] }, out);
    collect(s.narrative, { stage: i, path: ["narrative"] }, out);
    collect(s.findings, { stage: i, path: ["findings"] }, out);
    arr(s.investigations).forEach((inv, k) => collect({ label: inv.label, result: inv.result, cost: inv.cost, delay: inv.delay }, { stage: i, path: ["investigations", k] }, out));
    out.push(...this.erratumTexts(s.errata, { stage: i, path: ["errata"] }));
    return out;
  }

  /** A question as shown: stem, options, items, zone text, TCS hypothesis, and its new information. */
  questionShown(x: Q): Text[] {
    let cached = this.shown.get(x);
    if (!cached) this.shown.set(x, (cached = this.computeShown(x)));
    return cached;
  }

  private computeShown(x: Q): Text[] {
    return collect(x.q, { stage: x.stage, path: ["questions", x.index] }, [], new Set([...SKIPPED_KEYS, ...ANSWER_KEYS]));
  }

  /** Shown once the question is answered: its errata, and (training) its explanation and feedback. */
  questionAnswered(x: Q, withFeedback: boolean): Text[] {
    const at: TextPlace = { stage: x.stage, path: ["questions", x.index] };
    const out = this.erratumTexts(x.q.errata, { stage: x.stage, path: [...at.path, "errata"] });
    if (withFeedback) {
      collect(x.q.explanation, { stage: x.stage, path: [...at.path, "explanation"] }, out);
      arr(x.q.options).forEach((o, k) => collect(o.feedback, { stage: x.stage, path: [...at.path, "options", k, "feedback"] }, out));
      arr(x.q.zones).forEach((z, k) => collect(z.feedback, { stage: x.stage, path: [...at.path, "zones", k, "feedback"] }, out));
      collect(x.q.summary, { stage: x.stage, path: [...at.path, "summary"] }, out);
      collect(x.q.qualifiers, { stage: x.stage, path: [...at.path, "qualifiers"] }, out);
    }
    return out;
  }

  /** Everything visible before question `x` is shown (not the question itself). */
  before(x: Q, withFeedback = false): Text[] {
    const out = [...this.beforePlay];
    for (let i = 0; i <= x.stage; i++) out.push(...this.stageOpening(i));
    for (const y of this.questions) {
      if (y.stage > x.stage || (y.stage === x.stage && y.index >= x.index)) break;
      out.push(...this.questionShown(y), ...this.questionAnswered(y, withFeedback));
    }
    return out;
  }

  /** Every text of stages before `stage` (explanations and feedback included), and the case's errata shown with them. */
  earlierStages(stage: number): Text[] {
    return this.stages()
      .slice(0, stage)
      .flatMap((s, i) => [
        ...collect(s, { stage: i, path: [] }, []),
        ...this.erratumTexts(s.errata, { stage: i, path: ["errata"] }),
        ...arr(s.questions).flatMap((q, k) => this.erratumTexts(q.errata, { stage: i, path: ["questions", k, "errata"] })),
      ]);
  }
}

function qrocLeaks(v: Visibility, x: Q): Leak[] {
  if (x.q.type !== "qroc") return [];
  const visible = [...v.before(x), ...v.questionShown(x)];
  const leaks: Leak[] = [];
  const reported = new Set<string>();
  strings(x.q.accepted).forEach((answer, k) => {
    if (!normalizeAnswer(answer)) return;
    const matches = answerMatcher(answer);
    for (const t of visible) {
      const key = `${t.stage}:${t.path.join(".")}`;
      // One finding per place, whichever synonym shows there first.
      if (reported.has(key) || !matches(t.text)) continue;
      reported.add(key);
      leaks.push({ code: "qrocAnswerVisible", severity: "error", at: t, subject: { stage: x.stage, path: ["questions", x.index, "accepted", k], id: x.id }, term: answer });
    }
  });
  return leaks;
}

// Short option texts ("Oui", "TP") are everywhere: only options of some length can give themselves away.
const MIN_OPTION_CHARS = 5;

function rightOptionLeaks(v: Visibility, x: Q): Leak[] {
  const options = arr(x.q.options).filter((o) => o.correct === true);
  if (options.length === 0) return [];
  const visible = v.before(x);
  const leaks: Leak[] = [];
  arr(x.q.options).forEach((o, k) => {
    if (o.correct !== true || normalizeText(str(o.text)).length < MIN_OPTION_CHARS) return;
    const matches = termMatcher(str(o.text));
    const at = visible.find((t) => matches(t.text));
    if (at) leaks.push({ code: "rightOptionVisible", severity: "warning", at, subject: { stage: x.stage, path: ["questions", x.index, "options", k, "text"], id: x.id }, term: str(o.text) });
  });
  return leaks;
}

/** A diagnosis of a ranked differential's menu (questions[k].diagnoses[m].text). */
function isDifferentialMenu(t: TextPlace): boolean {
  const i = t.path.indexOf("diagnoses");
  return i >= 2 && t.path[i - 2] === "questions";
}

function spoilerLeaks(v: Visibility, spoiler: Loose, k: number): Leak[] {
  const term = str(spoiler.term).trim();
  const at = str(spoiler.revealedAt);
  if (!term) return [];
  const stage = v.stages().findIndex((s) => str(s.id) === at);
  const question = v.questions.find((q) => q.id === at);
  // An unknown id is reported by the reference checks.
  if (stage < 0 && !question) return [];
  const visible =
    stage >= 0
      ? [...v.beforePlay, ...v.earlierStages(stage)]
      : [...v.earlierStages(question!.stage), ...v.before(question!, true).filter((t) => t.stage === null || t.stage === question!.stage)];
  const subject = { stage: null, path: ["spoilers", k], id: at };
  const matches = termMatcher(term);
  return visible
    .filter((t) => !isDifferentialMenu(t) && matches(t.text))
    .map((t): Leak => ({ code: t.stage === null ? "spoilerBeforePlay" : "spoilerVisible", severity: "error", at: t, subject, term }));
}

/** Every leak of a case (or draft), errors and warnings, in case order. */
export function findLeaks(def: unknown): Leak[] {
  const loose = (def && typeof def === "object" ? def : {}) as Loose;
  const v = new Visibility(loose);
  return [
    ...arr(loose.spoilers).flatMap((s, k) => spoilerLeaks(v, s, k)),
    ...v.questions.flatMap((x) => [...qrocLeaks(v, x), ...rightOptionLeaks(v, x)]),
  ];
}
