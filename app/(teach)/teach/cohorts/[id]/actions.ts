"use server";
import { z } from "zod";
import { revalidatePath } from "next/cache";
import { removeMember, rotateJoinCode } from "@/lib/dal/cohorts";
import { createAssignment } from "@/lib/dal/assignments";
import { assignmentFieldErrors, assignmentSchema, type AssignmentField } from "@/lib/teach/assignment-schema";

type Failure = "unauthenticated" | "forbidden" | "not-found" | "invalid";
const id = z.string().uuid();

export type RotateState = { status: "idle" } | { status: "ok"; code: string } | { status: "error"; error: Failure };

export async function rotateJoinCodeAction(_prev: RotateState, formData: FormData): Promise<RotateState> {
  const cohortId = id.safeParse(formData.get("cohortId"));
  if (!cohortId.success) return { status: "error", error: "invalid" };
  // The DAL authenticates, checks the role and that this instructor owns the cohort.
  const result = await rotateJoinCode(cohortId.data);
  if (!result.ok) return { status: "error", error: result.error };
  revalidatePath(`/teach/cohorts/${cohortId.data}`);
  return { status: "ok", code: result.code };
}

export type RemoveState = { status: "idle" } | { status: "ok" } | { status: "error"; error: Failure };

export async function removeMemberAction(_prev: RemoveState, formData: FormData): Promise<RemoveState> {
  const parsed = z.object({ cohortId: id, userId: id }).safeParse({ cohortId: formData.get("cohortId"), userId: formData.get("userId") });
  if (!parsed.success) return { status: "error", error: "invalid" };
  const result = await removeMember(parsed.data.cohortId, parsed.data.userId);
  if (!result.ok) return { status: "error", error: result.error };
  revalidatePath(`/teach/cohorts/${parsed.data.cohortId}`);
  return { status: "ok" };
}

export type AssignmentFormState =
  | { status: "idle" }
  | { status: "ok"; id: string }
  | { status: "error"; error?: Failure | "case-unavailable"; fields?: Partial<Record<AssignmentField, string>>; values: Record<string, string> };

const FIELDS: AssignmentField[] = ["cohortId", "caseVersionId", "mode", "opensAt", "dueAt", "attemptsAllowed", "countingRule", "latePolicy", "timeLimitMinutes", "hideFromPractice", "correctionRelease", "beforeRelease"];

export async function createAssignmentAction(_prev: AssignmentFormState, formData: FormData): Promise<AssignmentFormState> {
  const raw: Record<string, string> = Object.fromEntries(FIELDS.map((f) => [f, String(formData.get(f) ?? "").slice(0, 100)]));
  const parsed = assignmentSchema.safeParse(raw);
  // The values come back so the form shows what was typed next to the errors.
  if (!parsed.success) return { status: "error", fields: assignmentFieldErrors(parsed.error), values: raw };
  const result = await createAssignment(parsed.data);
  if (!result.ok) return { status: "error", error: result.error, values: raw };
  revalidatePath(`/teach/cohorts/${parsed.data.cohortId}`);
  return { status: "ok", id: result.id };
}
