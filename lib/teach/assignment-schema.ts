/** Validation of the "new assignment" form (pure). Error codes map to messages in teach.ts. */
import { z } from "zod";
import { labelSchema } from "@/lib/forms/label";
import { parseLocalDateTime } from "./local-datetime";

export const MAX_ATTEMPTS = 20;
export const MAX_TIME_LIMIT = 600;

const optionalInt = (min: number, max: number) =>
  z
    .string()
    .trim()
    .transform((v, ctx) => {
      if (v === "") return null;
      const n = Number(v);
      if (!Number.isInteger(n) || n < min || n > max) {
        ctx.addIssue({ code: "custom", message: "range" });
        return z.NEVER;
      }
      return n;
    });

const dateTime = (required: boolean) =>
  z
    .string()
    .trim()
    .transform((v, ctx) => {
      if (v === "") {
        if (required) ctx.addIssue({ code: "custom", message: "required" });
        return null;
      }
      const ms = parseLocalDateTime(v);
      if (ms === null) ctx.addIssue({ code: "custom", message: "date" });
      return ms;
    });

/** Dates and rules: set when assigning, and changed later by the assignment's instructor. */
const rules = {
  opensAt: dateTime(true),
  dueAt: dateTime(false),
  attemptsAllowed: optionalInt(1, MAX_ATTEMPTS).refine((v) => v !== null, { message: "range" }),
  countingRule: z.enum(["first", "best", "last"], { message: "required" }),
  latePolicy: z.enum(["refuse", "accept"], { message: "required" }),
  timeLimitMinutes: optionalInt(1, MAX_TIME_LIMIT),
  // Exam protection (see correction-release.ts). An empty value (field not sent) takes the default.
  hideFromPractice: z.enum(["", "on"], { message: "invalid" }).optional().transform((v) => v === "on"),
  correctionRelease: withDefault(["end", "due", "manual"] as const, "end"),
  beforeRelease: withDefault(["mark", "nothing"] as const, "mark"),
};

function withDefault<const T extends readonly [string, ...string[]]>(values: T, fallback: T[number]) {
  return z
    .union([z.literal(""), z.enum(values, { message: "required" })], { message: "required" })
    .optional()
    .transform((v): T[number] => v || fallback);
}

type Checked = { opensAt: number | null; dueAt: number | null; hideFromPractice: boolean; correctionRelease: string };

function dueAfterOpen(v: Checked, ctx: z.RefinementCtx) {
  if (v.opensAt !== null && v.dueAt !== null && v.dueAt <= v.opensAt) ctx.addIssue({ code: "custom", path: ["dueAt"], message: "dueBeforeOpen" });
  // Both wait for the due date: there must be one.
  if (v.dueAt === null && v.hideFromPractice) ctx.addIssue({ code: "custom", path: ["hideFromPractice"], message: "needsDue" });
  if (v.dueAt === null && v.correctionRelease === "due") ctx.addIssue({ code: "custom", path: ["correctionRelease"], message: "needsDue" });
}

/** Exam protection applies to exam assignments only: a training one keeps the defaults. */
const examOnly = <V extends { hideFromPractice: boolean; correctionRelease: string; beforeRelease: string }>(v: V, mode: "training" | "exam"): V =>
  mode === "exam" ? v : { ...v, hideFromPractice: false, correctionRelease: "end", beforeRelease: "mark" };

export const assignmentSchema = z
  .object({
    cohortId: z.string().uuid({ message: "invalid" }),
    caseVersionId: z.string().uuid({ message: "required" }),
    mode: z.enum(["training", "exam"], { message: "required" }),
    ...rules,
  })
  .superRefine(dueAfterOpen)
  .transform((v) =>
    examOnly(
      {
        ...v,
        opensAt: v.opensAt as number,
        attemptsAllowed: v.attemptsAllowed as number,
        // A time limit only applies in exam mode (training gives feedback as you go, untimed).
        timeLimitMinutes: v.mode === "exam" ? v.timeLimitMinutes : null,
      },
      v.mode,
    ),
  );

/**
 * Changing an assignment's dates and rules. The case version and the mode stay: attempts already
 * made were made on them. The data layer drops a time limit and the exam protection on a training
 * assignment.
 */
export const assignmentUpdateSchema = z
  .object({ assignmentId: z.string().uuid({ message: "invalid" }), ...rules })
  .superRefine(dueAfterOpen)
  .transform((v) => ({ ...v, opensAt: v.opensAt as number, attemptsAllowed: v.attemptsAllowed as number }));

export type AssignmentUpdate = z.output<typeof assignmentUpdateSchema>;
export type AssignmentUpdateField = keyof z.input<typeof assignmentUpdateSchema>;

export type AssignmentInput = z.output<typeof assignmentSchema>;
export type AssignmentField = keyof z.input<typeof assignmentSchema>;

/** First error code per field, e.g. { dueAt: "dueBeforeOpen" }. */
export function assignmentFieldErrors<F extends string = AssignmentField>(error: z.ZodError): Partial<Record<F, string>> {
  const out: Partial<Record<F, string>> = {};
  for (const issue of error.issues) {
    const field = issue.path[0] as F | undefined;
    if (field && !out[field]) out[field] = issue.message;
  }
  return out;
}

export const cohortNameSchema = labelSchema({ min: 1, max: 80, tooShort: "required", tooLong: "tooLong", invalid: "invalid" });
