"use server";
import { formValue } from "@/lib/actions/form";
import { z } from "zod";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineAction } from "@/lib/actions/define-action";
import { done, fail, succeed, type ActionState } from "@/lib/actions/result";
import { deleteAssignment, releaseCorrection, updateAssignment } from "@/lib/dal/assignments";
import { assignmentFieldErrors, assignmentUpdateSchema, type AssignmentUpdateField } from "@/lib/teach/assignment-schema";

// The wrapper checks the role; the data layer checks that this instructor owns the cohort.
const TEACHERS = ["instructor", "admin"] as const;
type Refusal = "unauthenticated" | "forbidden";

const update = defineAction({
  name: "update-assignment",
  access: TEACHERS,
  input: assignmentUpdateSchema,
  invalid: (error) => ({ ok: false as const, code: "invalid" as const, fields: assignmentFieldErrors<AssignmentUpdateField>(error) }),
  run: async (input) => {
    const result = await updateAssignment(input);
    if (!result.ok) return fail(result.error);
    revalidatePath(`/teach/assignments/${input.assignmentId}`);
    revalidatePath(`/teach/cohorts/${result.cohortId}`);
    revalidatePath("/cases");
    return done();
  },
});

const FIELDS: AssignmentUpdateField[] = ["assignmentId", "opensAt", "dueAt", "attemptsAllowed", "countingRule", "latePolicy", "timeLimitMinutes", "hideFromPractice", "correctionRelease", "beforeRelease"];

export type AssignmentSettingsState = ActionState<null, Refusal | "invalid" | "not-found", AssignmentUpdateField, { values?: Record<string, string> }>;

export async function updateAssignmentAction(_prev: AssignmentSettingsState, formData: FormData): Promise<AssignmentSettingsState> {
  const raw: Record<string, string> = Object.fromEntries(FIELDS.map((f) => [f, String(formValue(formData, f) ?? "").slice(0, 100)]));
  const result = await update(raw);
  // Whatever the refusal, the form keeps what was typed.
  return result.ok ? result : { ...result, values: raw };
}

const remove = defineAction({
  name: "delete-assignment",
  access: TEACHERS,
  input: z.string().uuid(),
  run: async (assignmentId) => {
    // The data layer refuses once an attempt has been started.
    const result = await deleteAssignment(assignmentId);
    if (!result.ok) return fail(result.error);
    revalidatePath(`/teach/cohorts/${result.cohortId}`);
    revalidatePath("/cases");
    redirect(`/teach/cohorts/${result.cohortId}`);
  },
});

export type DeleteAssignmentState = ActionState<never, "invalid" | Refusal | "not-found" | "has-attempts">;

export async function deleteAssignmentAction(_prev: DeleteAssignmentState, formData: FormData): Promise<DeleteAssignmentState> {
  return remove(formValue(formData, "assignmentId"));
}

const release = defineAction({
  name: "release-correction",
  access: TEACHERS,
  input: z.string().uuid(),
  run: async (assignmentId) => {
    const result = await releaseCorrection(assignmentId);
    if (!result.ok) return fail(result.error);
    revalidatePath(`/teach/assignments/${assignmentId}`);
    revalidatePath("/cases");
    return succeed({ releasedAt: result.releasedAt });
  },
});

export type ReleaseCorrectionState = ActionState<{ releasedAt: number }, "invalid" | Refusal | "not-found" | "not-manual">;

/** "Release now": the assignment's instructor releases the exam correction to every student (audited). */
export async function releaseCorrectionAction(_prev: ReleaseCorrectionState, formData: FormData): Promise<ReleaseCorrectionState> {
  return release(formValue(formData, "assignmentId"));
}
