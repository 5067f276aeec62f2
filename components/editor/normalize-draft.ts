/**
 * Fills the lists and objects an incomplete draft may lack (e.g. one made by the import), so that
 * every editor can map over them. Values already present are kept as they are. Pure.
 */
import type { DraftCase } from "@/lib/authoring/draft";
import type { Question, Stage } from "@/lib/content/schema";

const list = <T>(x: T[] | undefined | null): T[] => (Array.isArray(x) ? x : []);

type Ordering = Extract<Question, { type: "ordering" }>;
type Tcs = Extract<Question, { type: "tcs" }>;

function normalizeRule(rule: Partial<Ordering["rule"]> | undefined): Ordering["rule"] {
  const r = rule ?? {};
  return { ...r, fixed: list(r.fixed), tolerated: list(r.tolerated), perSwap: r.perSwap ?? 0, text: r.text ?? "" };
}

function normalizePanel(panel: Partial<Tcs["panel"]> | undefined): Tcs["panel"] {
  const p = panel ?? {};
  return { "-2": p["-2"] ?? 0, "-1": p["-1"] ?? 0, "0": p["0"] ?? 0, "1": p["1"] ?? 0, "2": p["2"] ?? 0 };
}

function normalizeQuestion(q: Question): Question {
  const objectives = list(q.objectives);
  switch (q.type) {
    case "qru":
    case "qrm":
    case "qrp":
      return { ...q, objectives, options: list(q.options) };
    case "qroc":
      return { ...q, objectives, accepted: list(q.accepted) };
    case "ordering":
      return { ...q, objectives, items: list(q.items), order: list(q.order), rule: normalizeRule(q.rule) };
    case "tcs":
      return { ...q, objectives, panel: normalizePanel(q.panel) };
    case "zone":
      return { ...q, objectives, zones: list(q.zones) };
    case "numeric":
      return { ...q, objectives };
    case "representation":
      return { ...q, objectives, qualifiers: list(q.qualifiers) };
    case "differential":
      return { ...q, objectives, diagnoses: list(q.diagnoses), ranking: list(q.ranking) };
  }
}

function normalizeStage(s: Stage): Stage {
  return {
    ...s,
    sources: list(s.sources),
    findings: list(s.findings).map((f) => (f.kind === "lab" ? { ...f, rows: list(f.rows) } : f.kind === "vitals" ? { ...f, items: list(f.items) } : f)),
    investigations: list(s.investigations),
    questions: list(s.questions).map(normalizeQuestion),
    errata: list(s.errata),
  };
}

export function normalizeDraft(d: DraftCase): DraftCase {
  const source: Partial<DraftCase["source"]> = d.source ?? {};
  const review: Partial<DraftCase["review"]> = d.review ?? {};
  return {
    ...d,
    tags: list(d.tags),
    objectives: list(d.objectives),
    teachingPoints: list(d.teachingPoints),
    source: { ...source, file: source.file ?? "", title: source.title ?? "", citation: source.citation ?? "", licence: source.licence ?? "" },
    review: { ...review, status: review.status ?? "draft", notes: list(review.notes) },
    errata: list(d.errata),
    spoilers: list(d.spoilers),
    stages: list(d.stages).map(normalizeStage),
  };
}
