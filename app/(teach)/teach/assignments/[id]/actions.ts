"use server";
import { z } from "zod";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { deleteAssignment, releaseCorrection, updateAssignment } from "@/lib/dal/assignments";
import { assignmentFieldErrors, assignmentUpdateSchema, type AssignmentUpdateField } from "@/lib/teach/assignment-schema";

export type AssignmentSettingsState =
  | { status: "idle" }
  | { status: "ok" }
  | { status: "error"; error?: "unauthenticated" | "forbidden" | "not-found"; fields?: Partial<Record<AssignmentUpdateField, string>>; values: Record<string, string> };

const FIELDS: AssignmentUpdateField[] = ["assignmentId", "opensAt", "dueAt", "attemptsAllowed", "countingRule", "latePolicy", "timeLimitMinutes", "hideFromPractice", "correctionRelease", "beforeRelease"];

export async function updateAssignmentAction(_prev: AssignmentSettingsState, formData: FormData): Promise<AssignmentSettingsState> {
  const raw: Record<string, string> = Object.fromEntries(FIELDS.map((f) => [f, String(formData.get(f) ?? "").slice(0, 100)]));
  const parsed = assignmentUpdateSchema.safeParse(raw);
  if (!parsed.success) return { status: "error", fields: assignmentFieldErrors<AssignmentUpdateField>(parsed.error), values: raw };
  // The data layer authenticates, checks the role and that this instructor owns the cohort.
  const result = await updateAssignment(parsed.data);
  if (!result.ok) return { status: "error", error: result.error, values: raw };
  revalidatePath(`/teach/assignments/${parsed.data.assignmentId}`);
  revalidatePath(`/teach/cohorts/${result.cohortId}`);
  revalidatePath("/cases");
  return { status: "ok" };
}

export type DeleteAssignmentState = { status: "idle" } | { status: "error"; error: "invalid" | "unauthenticated" | "forbidden" | "not-found" | "has-attempts" };

export async function deleteAssignmentAction(_prev: DeleteAssignmentState, formData: FormData): Promise<DeleteAssignmentState> {
  const assignmentId = z.string().uuid().safeParse(formData.get("assignmentId"));
  if (!assignmentId.success) return { status: "error", error: "invalid" };
  // The data layer checks ownership and refuses once an attempt has been started.
  const result = await deleteAssignment(assignmentId.data);
  if (!result.ok) return { status: "error", error: result.error };
  revalidatePath(`/teach/cohorts/${result.cohortId}`);
  revalidatePath("/cases");
  redirect(`/teach/cohorts/${result.cohortId}`);
}

export type ReleaseCorrectionState = { status: "idle" } | { status: "ok"; releasedAt: number } | { status: "error"; error: "invalid" | "unauthenticated" | "forbidden" | "not-found" | "not-manual" };

/** "Release now": the assignment's instructor releases the exam correction to every student (audited). */
export async function releaseCorrectionAction(_prev: ReleaseCorrectionState, formData: FormData): Promise<ReleaseCorrectionState> {
  const assignmentId = z.string().uuid().safeParse(formData.get("assignmentId"));
  if (!assignmentId.success) return { status: "error", error: "invalid" };
  // The data layer authenticates, checks the role and that this instructor owns the cohort.
  const result = await releaseCorrection(assignmentId.data);
  if (!result.ok) return { status: "error", error: result.error };
  revalidatePath(`/teach/assignments/${assignmentId.data}`);
  revalidatePath("/cases");
  return { status: "ok", releasedAt: result.releasedAt };
}
