/** Contracts of the scoring engine (pure module: no Next, React or database imports). */

/** A learner's answer, as stored and as sent by the player, per question type. */
export type Answer =
  | { type: "qru"; choice: string }
  | { type: "qrm" | "qrp" | "zone"; choices: string[] }
  | { type: "qroc"; text: string }
  | { type: "numeric"; value: number }
  | { type: "ordering"; order: string[] }
  | { type: "tcs"; value: -2 | -1 | 0 | 1 | 2 }
  /** Problem representation: the learner's summary (formative, never scored). */
  | { type: "representation"; text: string }
  /** Ranked differential: most likely first, at most 5. */
  | { type: "differential"; ranking: { id: string; cantMiss: boolean }[] };

/**
 * Why points were lost (or, for investigations, earned/lost). `rule` is a stable code;
 * `params` fill the sentence rendered by `describeReason` in the learner's language.
 */
export type Reason = {
  rule: string;
  params?: Record<string, string | number | string[]>;
};

export type QuestionScore = {
  /** Credit in [0, 1] before multiplying by the question's points. */
  credit: number;
  points: number;
  max: number;
  reasons: Reason[];
  /** Ranked differential: the credit's components (presence, rank, can't-miss), each in [0, 1]. */
  parts?: { presence: number; rank: number; cantMiss: number };
};

export type InvestigationScore = {
  points: number;
  /** Sum of the essential investigations' points. */
  max: number;
  orderedEssential: string[];
  missedEssential: string[];
  wasteful: string[];
  reasons: Reason[];
};

/** Learner's answers, keyed by question id (question ids are unique within a case). */
export type Responses = Readonly<Record<string, Answer | undefined>>;

/** One question's score, with what the debrief needs to place it. */
export type QuestionResult = QuestionScore & {
  questionId: string;
  type: string;
  objectives: string[];
  answered: boolean;
};

export type StageScore = {
  stageId: string;
  title: string;
  questions: QuestionResult[];
  investigations: InvestigationScore;
  /** Questions + investigations of this stage (may be negative; only the attempt total is floored). */
  points: number;
  max: number;
};

export type ObjectiveScore = { id: string; text: string; points: number; max: number };

export type AttemptScore = {
  stages: StageScore[];
  /** Sum of question and investigation points, floored at 0. */
  total: number;
  /** Sum before the floor, so the debrief can say the floor applied. */
  rawTotal: number;
  max: number;
  /** total / max × 20, rounded to 2 decimals (0 when max is 0). */
  mark20: number;
  /** Question points only: investigations carry no objective. */
  objectives: ObjectiveScore[];
  /** Attempt-level reasons (e.g. the floor at zero applied). */
  reasons: Reason[];
};
