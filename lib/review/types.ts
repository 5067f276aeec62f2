/**
 * The cohort score review of one assignment, as computed from the database rows (pure DTOs).
 * The page, the CSV exports and the benchmark all read this one object, so they cannot disagree.
 */
import type { Description, HistogramBin, ItemFlagReason } from "@/lib/stats";

export type CountingRule = "first" | "best" | "last";
export type StudentStatus = "not_started" | "in_progress" | "finished";

/** One attempt of the assignment, as loaded (timestamps in ms). */
export type AttemptRow = {
  id: string;
  userId: string;
  status: "in_progress" | "finished";
  startedAt: number;
  finishedAt: number | null;
  score: number | null;
  maxScore: number | null;
  late: boolean;
};

/** `answer`: the stored answer object (a JSON column, read back as an object on both engines). */
export type ResponseRow = { attemptId: string; questionId: string; answer: unknown; points: number };
export type OrderedRow = { attemptId: string; investigationId: string };
export type VisitRow = { attemptId: string; stageIndex: number; enteredAt: number; completedAt: number | null };
export type MemberRow = { userId: string; name: string; email: string };

export type ReviewInput = {
  rule: CountingRule;
  members: MemberRow[];
  attempts: AttemptRow[];
  responses: ResponseRow[];
  ordered: OrderedRow[];
  visits: VisitRow[];
};

export type ChoiceRow = { id: string; label: string; correct: boolean; count: number; share: number | null };

export type QuestionReview = {
  id: string;
  /** 1-based number in the case, as the learner saw it. */
  number: number;
  stageIndex: number;
  type: string;
  /** The stem on one line, shortened for the page. */
  stem: string;
  /** The whole stem on one line (the CSV export). */
  fullStem: string;
  max: number;
  mean: number | null;
  facility: number | null;
  sd: number | null;
  discrimination: number | null;
  efficiency: number | null;
  flagged: boolean;
  reasons: ItemFlagReason[];
  /** Students (among the counted attempts) who answered. */
  respondents: number;
  /** Choice questions (QRU, QRM, QRP, zone, TCS): every option with how many chose it. */
  choices: ChoiceRow[] | null;
  /** Open answers (QROC, numeric, ordering): the most frequent answers. */
  topAnswers: { label: string; count: number; correct: boolean }[] | null;
};

export type InvestigationReview = {
  id: string;
  stageIndex: number;
  label: string;
  relevance: "essential" | "useful" | "unnecessary" | "harmful";
  points: number;
  count: number;
  share: number | null;
};

export type StageTime = { stageIndex: number; title: string; n: number; medianMs: number | null };

export type StudentRow = {
  userId: string;
  name: string;
  email: string;
  status: StudentStatus;
  attemptsUsed: number;
  /** The attempt that counts (finished), else the latest one in progress, else null. */
  attemptId: string | null;
  counted: boolean;
  late: boolean;
  startedAt: number | null;
  finishedAt: number | null;
  total: number | null;
  max: number | null;
  mark20: number | null;
  /** Points per question id of the counted attempt (0 when unanswered); empty when none counts. */
  points: Record<string, number>;
  /** The counted attempt's investigation points (essential ones earned, wasteful ones lost); null when none counts. */
  investigationPoints: number | null;
};

export type Completion = { members: number; notStarted: number; inProgress: number; finished: number; late: number };

export type Review = {
  completion: Completion;
  /** Marks out of 20 of the counted attempts. */
  marks: Description;
  histogram: HistogramBin[];
  alpha: number | null;
  /** Counted attempts (rows of the item analysis). */
  n: number;
  questions: QuestionReview[];
  investigations: InvestigationReview[];
  stageTimes: StageTime[];
  students: StudentRow[];
};
