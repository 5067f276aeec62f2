/** New, empty items the author adds in the editor (incomplete until filled in). Pure. */
import type { Finding, Investigation, LabRow, Option, Question, QuestionType, Stage } from "@/lib/content/schema";

/**
 * A number not entered yet. Stored as undefined (dropped when the draft is saved as JSON) although
 * the case type says number: drafts are incomplete while edited, and the inline checks report it.
 */
export const EMPTY_NUMBER = undefined as unknown as number;

export const QUESTION_TYPES: readonly QuestionType[] = ["qru", "qrm", "qrp", "qroc", "numeric", "ordering", "tcs", "zone", "representation", "differential"];
export const FINDING_KINDS: readonly Finding["kind"][] = ["lab", "exam", "imaging", "pathology", "history", "note", "vitals"];

/** The first `prefix` + n (n = 1, 2, …) not in `used`. */
export function nextId(prefix: string, used: Iterable<string>): string {
  const taken = new Set(used);
  let n = 1;
  while (taken.has(`${prefix}${n}`)) n += 1;
  return `${prefix}${n}`;
}

/** Option, item and zone ids: a, b, … z, then a1, b1 … */
export function nextLetterId(used: Iterable<string>): string {
  const taken = new Set(used);
  for (let round = 0; ; round += 1) {
    for (let c = 0; c < 26; c += 1) {
      const id = String.fromCharCode(97 + c) + (round === 0 ? "" : String(round));
      if (!taken.has(id)) return id;
    }
  }
}

export function blankStage(id: string): Stage {
  return { id, title: "", narrative: "", sources: [], findings: [], investigations: [], questions: [], errata: [] };
}

export function blankOption(used: Iterable<string>): Option {
  return { id: nextLetterId(used), text: "", correct: false };
}

function blankOptions(count: number): Option[] {
  const options: Option[] = [];
  for (let k = 0; k < count; k += 1) options.push(blankOption(options.map((o) => o.id)));
  return options;
}

export function blankQuestion(type: QuestionType, id: string): Question {
  const base = { id, stem: "", points: 1, objectives: [] as string[], explanation: "" };
  switch (type) {
    case "qru":
    case "qrm":
      return { ...base, type, options: blankOptions(5) };
    case "qrp":
      return { ...base, type, n: 1, options: blankOptions(5) };
    case "qroc":
      return { ...base, type, accepted: [""] };
    case "numeric":
      return { ...base, type, answer: EMPTY_NUMBER, unit: "", tolerance: 0 };
    case "ordering":
      return { ...base, type, items: [{ id: "a", text: "" }, { id: "b", text: "" }], order: ["a", "b"], rule: { fixed: [], perSwap: 0.5, tolerated: [], text: "" } };
    case "tcs":
      return { ...base, type, hypothesis: "", information: "", panel: { "-2": 0, "-1": 0, "0": 0, "1": 0, "2": 0 } };
    case "zone":
      return { ...base, type, text: "", zones: [{ id: "a", text: "", correct: true }, { id: "b", text: "", correct: false }] };
    case "representation":
      // Formative: never scored.
      return { ...base, type, points: 0, summary: "", qualifiers: [{ id: "a", text: "" }] };
    case "differential":
      return { ...base, type, diagnoses: [{ id: "a", text: "" }, { id: "b", text: "" }], ranking: [{ id: "a", cantMiss: true }] };
  }
}

export function blankLabRow(): LabRow {
  return { analyte: "", value: "", unit: "" };
}

export function blankFinding(kind: Finding["kind"]): Finding {
  if (kind === "lab") return { kind, title: "", rows: [blankLabRow()] };
  if (kind === "vitals") return { kind, items: [{ label: "", value: "" }] };
  return { kind, title: "", text: "" };
}

export function blankInvestigation(id: string): Investigation {
  return { id, label: "", relevance: "useful", points: 0, result: "", rationale: "" };
}

/** Every question and investigation id of the draft's stages (they are unique case-wide). */
export function usedIds(stages: readonly Stage[], what: "questions" | "investigations"): string[] {
  return stages.flatMap((s) => (s[what] ?? []).map((x) => x.id));
}
