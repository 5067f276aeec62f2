/**
 * The database schema: tables, then relations-free indexes, then inferred types.
 * Timestamps are integer milliseconds since the epoch (portable to PostgreSQL as bigint).
 */
import { sqliteTable, text, integer, real, uniqueIndex, index, primaryKey } from "drizzle-orm/sqlite-core";

import { roles } from "../lib/auth/roles";

export { roles, type Role } from "../lib/auth/roles";

export const users = sqliteTable("users", {
  id: text("id").primaryKey(),
  email: text("email").notNull().unique(),
  name: text("name").notNull(),
  passwordHash: text("password_hash").notNull(),
  role: text("role", { enum: roles }).notNull().default("student"),
  createdAt: integer("created_at").notNull(),
  /** Carried in the session token and compared on every request: bumping it ends every session (sign-out everywhere, password change, deactivation). */
  tokenVersion: integer("token_version").notNull().default(0),
  /** Set while an admin has deactivated the account: no sign-in, no session; the data stays. */
  deactivatedAt: integer("deactivated_at"),
  /** Set when the learner erased the account: the row is an anonymous tombstone (no name, e-mail or password). */
  erasedAt: integer("erased_at"),
});

/**
 * Sessions ended by their own sign-out before they expire (the session id is in the JWT): checked on
 * every request with the user's row, pruned once past their expiry. Signing out everywhere bumps
 * users.token_version instead.
 */
export const revokedSessions = sqliteTable(
  "revoked_sessions",
  {
    sid: text("sid").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    expiresAt: integer("expires_at").notNull(),
  },
  (t) => [index("revoked_sessions_expires").on(t.expiresAt)],
);

/** One-time password reset links issued by an admin: only the SHA-256 of the token is stored. */
export const passwordResets = sqliteTable(
  "password_resets",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull().unique(),
    createdBy: text("created_by"),
    createdAt: integer("created_at").notNull(),
    expiresAt: integer("expires_at").notNull(),
    usedAt: integer("used_at"),
  },
  (t) => [index("password_resets_user").on(t.userId)],
);

/** Failed sign-ins, keyed by account ("email:…") and by client ("ip:…"), for rate limiting. */
export const loginFailures = sqliteTable(
  "login_failures",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    key: text("key").notNull(),
    at: integer("at").notNull(),
  },
  (t) => [index("login_failures_key_at").on(t.key, t.at)],
);

export const cases = sqliteTable("cases", {
  id: text("id").primaryKey(),
  slug: text("slug").notNull().unique(),
  /** Null for bundled cases (owned by the platform, usable by every instructor). */
  ownerId: text("owner_id").references(() => users.id),
  createdAt: integer("created_at").notNull(),
});

export const caseVersions = sqliteTable(
  "case_versions",
  {
    id: text("id").primaryKey(),
    caseId: text("case_id")
      .notNull()
      .references(() => cases.id),
    version: integer("version").notNull(),
    /** "preview": the one frozen copy per case that preview attempts play (version 0, never listed). */
    status: text("status", { enum: ["draft", "published", "preview"] }).notNull(),
    /** The validated CaseDefinition as JSON; immutable once published. */
    content: text("content").notNull(),
    contentHash: text("content_hash").notNull(),
    title: text("title").notNull(),
    createdBy: text("created_by").references(() => users.id),
    createdAt: integer("created_at").notNull(),
    updatedAt: integer("updated_at").notNull(),
    publishedAt: integer("published_at"),
  },
  (t) => [uniqueIndex("case_versions_case_version").on(t.caseId, t.version)],
);

export const cohorts = sqliteTable("cohorts", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  ownerId: text("owner_id")
    .notNull()
    .references(() => users.id),
  joinCode: text("join_code").notNull().unique(),
  createdAt: integer("created_at").notNull(),
});

export const cohortMembers = sqliteTable(
  "cohort_members",
  {
    cohortId: text("cohort_id")
      .notNull()
      .references(() => cohorts.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    joinedAt: integer("joined_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.cohortId, t.userId] }), index("cohort_members_user").on(t.userId)],
);

export const assignments = sqliteTable(
  "assignments",
  {
    id: text("id").primaryKey(),
    cohortId: text("cohort_id")
      .notNull()
      .references(() => cohorts.id, { onDelete: "cascade" }),
    caseVersionId: text("case_version_id")
      .notNull()
      .references(() => caseVersions.id),
    mode: text("mode", { enum: ["training", "exam"] }).notNull(),
    opensAt: integer("opens_at").notNull(),
    dueAt: integer("due_at"),
    attemptsAllowed: integer("attempts_allowed").notNull().default(1),
    countingRule: text("counting_rule", { enum: ["first", "best", "last"] }).notNull().default("best"),
    /** What happens after the due date: refuse new attempts, or accept them flagged late. */
    latePolicy: text("late_policy", { enum: ["refuse", "accept"] }).notNull().default("accept"),
    timeLimitMinutes: integer("time_limit_minutes"),
    /** Exam protection: the case is out of open practice for the cohort's students until the due date. */
    hideFromPractice: integer("hide_from_practice", { mode: "boolean" }).notNull().default(false),
    /** When students get the correction: at the end of their attempt, at the due date, or when the instructor releases it. */
    correctionRelease: text("correction_release", { enum: ["end", "due", "manual"] }).notNull().default("end"),
    /** What a student sees of a finished attempt before the correction is released: the mark only, or nothing. */
    beforeRelease: text("before_release", { enum: ["mark", "nothing"] }).notNull().default("mark"),
    /** Set by the instructor's "release now" (correctionRelease "manual"). */
    correctionReleasedAt: integer("correction_released_at"),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [index("assignments_cohort").on(t.cohortId)],
);

export const attempts = sqliteTable(
  "attempts",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    caseVersionId: text("case_version_id")
      .notNull()
      .references(() => caseVersions.id),
    assignmentId: text("assignment_id").references(() => assignments.id),
    mode: text("mode", { enum: ["training", "exam"] }).notNull(),
    status: text("status", { enum: ["in_progress", "finished"] }).notNull(),
    /** Index of the furthest unlocked stage. */
    currentStage: integer("current_stage").notNull().default(0),
    startedAt: integer("started_at").notNull(),
    deadlineAt: integer("deadline_at"),
    finishedAt: integer("finished_at"),
    late: integer("late", { mode: "boolean" }).notNull().default(false),
    /** Why a finished attempt closed: the learner finished it, its time limit ran out, or the assignment's due date ("refuse" policy). */
    closedReason: text("closed_reason", { enum: ["finished", "time-limit", "due-date"] }),
    score: real("score"),
    maxScore: real("max_score"),
  },
  (t) => [index("attempts_user").on(t.userId), index("attempts_assignment").on(t.assignmentId)],
);

export const responses = sqliteTable(
  "responses",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    attemptId: text("attempt_id")
      .notNull()
      .references(() => attempts.id, { onDelete: "cascade" }),
    questionId: text("question_id").notNull(),
    stageIndex: integer("stage_index").notNull(),
    answer: text("answer", { mode: "json" }).$type<unknown>().notNull(),
    points: real("points").notNull(),
    maxPoints: real("max_points").notNull(),
    timeSpentMs: integer("time_spent_ms").notNull(),
    submittedAt: integer("submitted_at").notNull(),
  },
  // One answer per question: a retried or double-clicked submission cannot record a second one.
  (t) => [uniqueIndex("responses_attempt_question").on(t.attemptId, t.questionId)],
);

export const investigationRequests = sqliteTable(
  "investigation_requests",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    attemptId: text("attempt_id")
      .notNull()
      .references(() => attempts.id, { onDelete: "cascade" }),
    investigationId: text("investigation_id").notNull(),
    stageIndex: integer("stage_index").notNull(),
    requestedAt: integer("requested_at").notNull(),
  },
  (t) => [uniqueIndex("investigation_requests_attempt_item").on(t.attemptId, t.investigationId)],
);

/**
 * Problem representations (issue #16): the author's key qualifiers the learner says their own summary
 * had. A formative self-assessment, given once the author's summary is shown; never scored, final once given.
 */
export const representationChecks = sqliteTable(
  "representation_checks",
  {
    attemptId: text("attempt_id")
      .notNull()
      .references(() => attempts.id, { onDelete: "cascade" }),
    questionId: text("question_id").notNull(),
    /** JSON array of qualifier ids. */
    qualifiers: text("qualifiers", { mode: "json" }).$type<string[]>().notNull(),
    checkedAt: integer("checked_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.attemptId, t.questionId] })],
);

/** When each stage was entered and completed, for time-per-stage statistics. */
export const stageVisits = sqliteTable(
  "stage_visits",
  {
    attemptId: text("attempt_id")
      .notNull()
      .references(() => attempts.id, { onDelete: "cascade" }),
    stageIndex: integer("stage_index").notNull(),
    enteredAt: integer("entered_at").notNull(),
    completedAt: integer("completed_at"),
    /** When the learner said "J'ai terminé mes demandes" (stages whose menu closes before their first question). */
    menuClosedAt: integer("menu_closed_at"),
  },
  (t) => [primaryKey({ columns: [t.attemptId, t.stageIndex] })],
);

/**
 * The audit trail: one row per sensitive change (roles, accounts, publication, assignments, join codes,
 * correction release, password resets), written in the same transaction as the change itself.
 */
export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    at: integer("at").notNull(),
    /** Null for the platform itself (seed, scheduled closing). No foreign key: the row outlives an erased account. */
    actorId: text("actor_id"),
    action: text("action").notNull(),
    targetType: text("target_type").notNull(),
    targetId: text("target_id").notNull(),
    /** JSON object with the change's parameters (never a password, token or answer). */
    details: text("details", { mode: "json" }).$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index("audit_log_at").on(t.at), index("audit_log_action_at").on(t.action, t.at), index("audit_log_target").on(t.targetType, t.targetId)],
);

/**
 * "Revoir mes erreurs": one spaced-repetition card per question a learner answered below full credit
 * (per case version), scheduled by FSRS (ts-fsrs). Reviews never touch the attempt's recorded answer
 * or mark. Dates are epoch milliseconds; the FSRS state is stored field by field.
 */
export const reviewCards = sqliteTable(
  "review_cards",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** The attempt the question was missed in: its version, stage and option order. */
    attemptId: text("attempt_id")
      .notNull()
      .references(() => attempts.id, { onDelete: "cascade" }),
    caseVersionId: text("case_version_id").notNull(),
    questionId: text("question_id").notNull(),
    stageIndex: integer("stage_index").notNull(),
    due: integer("due").notNull(),
    stability: real("stability").notNull(),
    difficulty: real("difficulty").notNull(),
    elapsedDays: integer("elapsed_days").notNull(),
    scheduledDays: integer("scheduled_days").notNull(),
    learningSteps: integer("learning_steps").notNull(),
    reps: integer("reps").notNull(),
    lapses: integer("lapses").notNull(),
    /** ts-fsrs State: 0 new, 1 learning, 2 review, 3 relearning. */
    state: integer("state").notNull(),
    lastReview: integer("last_review"),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [uniqueIndex("review_cards_user_question").on(t.userId, t.caseVersionId, t.questionId), index("review_cards_user_due").on(t.userId, t.due)],
);

/** One row per review: the answer given, what it earned and the rating that rescheduled the card. */
export const reviewLogs = sqliteTable(
  "review_logs",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    cardId: text("card_id")
      .notNull()
      .references(() => reviewCards.id, { onDelete: "cascade" }),
    answer: text("answer", { mode: "json" }).$type<unknown>().notNull(),
    points: real("points").notNull(),
    maxPoints: real("max_points").notNull(),
    /** ts-fsrs Rating: 1 again, 2 hard, 3 good, 4 easy. */
    rating: integer("rating").notNull(),
    reviewedAt: integer("reviewed_at").notNull(),
  },
  (t) => [index("review_logs_card").on(t.cardId)],
);

export type User = typeof users.$inferSelect;
export type CaseRow = typeof cases.$inferSelect;
export type CaseVersionRow = typeof caseVersions.$inferSelect;
export type Cohort = typeof cohorts.$inferSelect;
export type Assignment = typeof assignments.$inferSelect;
export type Attempt = typeof attempts.$inferSelect;
export type ResponseRow = typeof responses.$inferSelect;
export type AuditRow = typeof auditLog.$inferSelect;
export type ReviewCardRow = typeof reviewCards.$inferSelect;
