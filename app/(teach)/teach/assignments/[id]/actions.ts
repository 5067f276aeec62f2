"use server";
import { revalidatePath } from "next/cache";
import { updateAssignment } from "@/lib/dal/assignments";
import { assignmentFieldErrors, assignmentUpdateSchema, type AssignmentUpdateField } from "@/lib/teach/assignment-schema";

export type AssignmentSettingsState =
  | { status: "idle" }
  | { status: "ok" }
  | { status: "error"; error?: "unauthenticated" | "forbidden" | "not-found"; fields?: Partial<Record<AssignmentUpdateField, string>>; values: Record<string, string> };

const FIELDS: AssignmentUpdateField[] = ["assignmentId", "opensAt", "dueAt", "attemptsAllowed", "countingRule", "latePolicy", "timeLimitMinutes"];

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
