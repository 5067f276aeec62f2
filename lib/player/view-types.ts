/**
 * What the learner's browser may receive (DTOs). Built on the server from the attempt's state:
 * nothing here may carry an answer key, a locked stage or an unordered result unless earned.
 */
import type { Answer } from "@/lib/scoring/types";

export type PublicOption = { id: string; text: string };

/** What a question brings to the case (EDN-style), visible from that question on. */
export type NewInformationView = { narrative?: string; findings?: FindingView[] };

type Base = { id: string; stem: string; points: number; newInformation?: NewInformationView };

/** Choice options come in the attempt's own order (drawn on the server, pinned options in place). */
export type PublicQuestion =
  | (Base & { type: "qru" | "qrm"; options: PublicOption[] })
  | (Base & { type: "qrp"; n: number; longMenu: boolean; options: PublicOption[] })
  | (Base & { type: "qroc" })
  | (Base & { type: "numeric"; unit: string })
  /** Items in a per-attempt shuffled order, never the key's order. */
  | (Base & { type: "ordering"; items: PublicOption[] })
  | (Base & { type: "tcs"; hypothesis: string; information: string })
  | (Base & { type: "zone"; segments: ({ kind: "text"; text: string } | { kind: "zone"; id: string; text: string })[] })
  /** Problem representation: only the prompt (the author's summary comes with the feedback). */
  | (Base & { type: "representation" })
  /** Ranked differential: the menu in alphabetical order, never the key's. */
  | (Base & { type: "differential"; diagnoses: PublicOption[] });

/** The key and explanation of an answered question: sent only once it is earned (training: at once; exam: at the end). */
export type QuestionFeedback = {
  points: number;
  max: number;
  /** Each lost point's reason, already rendered in the interface language. */
  reasons: string[];
  explanation: string;
  /** Choice questions and zones: every option with its status and comment. */
  options?: { id: string; text: string; correct: boolean; pmz: boolean; inacceptable: boolean; feedback?: string }[];
  /** QROC: accepted answers; numeric: expected value and bounds; ordering: expected order; TCS: panel. */
  accepted?: string[];
  numeric?: { answer: number; min: number; max: number; unit: string };
  order?: PublicOption[];
  orderingRule?: string;
  panel?: Record<"-2" | "-1" | "0" | "1" | "2", number>;
  /** Problem representation: the author's summary and its key qualifiers (passages of the summary). */
  representation?: {
    summary: string;
    qualifiers: PublicOption[];
    /** The summary cut into plain runs and qualifiers, for highlighting. */
    segments: ({ kind: "text"; text: string } | { kind: "zone"; id: string; text: string })[];
  };
  /** Ranked differential: the author's list, most likely first, and the components of the credit. */
  differential?: {
    ranking: { id: string; text: string; cantMiss: boolean }[];
    parts: { presence: number; rank: number; cantMiss: number } | null;
  };
  /** TCS: the panel was constructed for teaching (not a real expert panel); the player says so. */
  illustrativePanel?: boolean;
};

export type ErratumView = { id: string; quote: string; correction: string };

export type QuestionView = {
  question: PublicQuestion;
  answer: Answer | null;
  feedback: QuestionFeedback | null;
  /** The errata attached to this question: sent with its feedback (training) or in the debrief. */
  errata: ErratumView[];
  /** Problem representation, once its feedback is earned: the qualifiers the learner said they had (null: not yet said). */
  selfCheck?: string[] | null;
};

export type LabRowView = {
  analyte: string;
  value: string;
  unit?: string;
  range?: string;
  flag?: "low" | "high" | "normal" | "critical-low" | "critical-high";
  note?: string;
};

export type FindingView =
  | { kind: "vitals"; title?: string; items: { label: string; value: string; unit?: string }[] }
  | { kind: "lab"; title: string; date?: string; rows: LabRowView[] }
  | { kind: "exam" | "imaging" | "pathology" | "history" | "note"; title: string; text: string };

export type InvestigationView = {
  id: string;
  label: string;
  cost?: number;
  delay?: string;
  /** Present only once ordered. */
  result?: string;
  orderedAt?: number;
};

export type StageView = {
  index: number;
  id: string;
  title: string;
  narrative: string;
  findings: FindingView[];
  investigations: InvestigationView[];
  /**
   * The questions the learner has reached: every answered one and, in the stage in progress, the first
   * unanswered one. A later question is not sent at all (PRODUCT.md: one question at a time).
   */
  questions: QuestionView[];
  /** How many questions the stage has (a count, not their content): "question 2 of 5". */
  questionCount: number;
  errata: ErratumView[];
  complete: boolean;
  /** Whether tests can still be ordered (the stage in progress, before its menu's closing question). */
  menuOpen: boolean;
  /** "catalogue": tests are searched in the shared catalogue; `investigations` then holds only those ordered. */
  menuKind?: "catalogue";
  /** The shared catalogue, sent for the stage in progress only (the same list for every case). */
  catalogue?: CatalogueEntryView[];
  /**
   * The stage in progress waits for "J'ai terminé mes demandes": its menu closes before its first
   * question, which is sent only once the learner has said they finished ordering.
   */
  awaitsMenuClose: boolean;
};

export type CatalogueEntryView = { id: string; label: string; synonyms: string[] };

export type AttemptView = {
  id: string;
  caseSlug: string;
  caseTitle: string;
  /** Where "back to the case" leads (set by the data layer). */
  homeHref?: string;
  mode: "training" | "exam";
  status: "in_progress" | "finished";
  totalStages: number;
  currentStage: number;
  deadlineAt: number | null;
  stages: StageView[];
  /** A practice attempt frozen until this time by an exam of the learner's cohort (its stages are not sent). */
  hiddenUntil?: number;
  /** Answered questions / all questions of the unlocked stages, for the progress bar. */
  answeredCount: number;
};
