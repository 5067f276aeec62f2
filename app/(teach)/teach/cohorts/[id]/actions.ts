"use server";
import { formValue } from "@/lib/actions/form";
import { z } from "zod";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { done, fail, succeed, type ActionState } from "@/lib/actions/result";
import { removeMember, rotateJoinCode } from "@/lib/dal/cohorts";
import { createAssignment } from "@/lib/dal/assignments";
import { assignmentFieldErrors, assignmentSchema, type AssignmentField } from "@/lib/teach/assignment-schema";

// The wrapper checks the role; the data layer checks that this instructor owns the cohort.
type Failure = "unauthenticated" | "forbidden" | "not-found" | "invalid";
const id = z.string().uuid();
const TEACHERS = ["instructor", "admin"] as const;

const rotate = defineAction({
  name: "rotate-join-code",
  access: TEACHERS,
  input: id,
  run: async (cohortId) => {
    const result = await rotateJoinCode(cohortId);
    if (!result.ok) return fail(result.error);
    revalidatePath(`/teach/cohorts/${cohortId}`);
    return succeed({ code: result.code });
  },
});

export type RotateState = ActionState<{ code: string }, Failure>;

export async function rotateJoinCodeAction(_prev: RotateState, formData: FormData): Promise<RotateState> {
  return rotate(formValue(formData, "cohortId"));
}

const remove = defineAction({
  name: "remove-member",
  access: TEACHERS,
  input: z.object({ cohortId: id, userId: id }),
  run: async ({ cohortId, userId }) => {
    const result = await removeMember(cohortId, userId);
    if (!result.ok) return fail(result.error);
    revalidatePath(`/teach/cohorts/${cohortId}`);
    return done();
  },
});

export type RemoveState = ActionState<null, Failure>;

export async function removeMemberAction(_prev: RemoveState, formData: FormData): Promise<RemoveState> {
  return remove({ cohortId: formValue(formData, "cohortId"), userId: formValue(formData, "userId") });
}

const FIELDS: AssignmentField[] = ["cohortId", "caseVersionId", "mode", "opensAt", "dueAt", "attemptsAllowed", "countingRule", "latePolicy", "timeLimitMinutes", "hideFromPractice", "correctionRelease", "beforeRelease"];

const create = defineAction({
  name: "create-assignment",
  access: TEACHERS,
  input: assignmentSchema,
  invalid: (error) => ({ ok: false as const, code: "invalid" as const, fields: assignmentFieldErrors(error) }),
  run: async (input) => {
    const result = await createAssignment(input);
    if (!result.ok) return fail(result.error);
    revalidatePath(`/teach/cohorts/${input.cohortId}`);
    return succeed({ id: result.id });
  },
});

export type AssignmentFormState = ActionState<{ id: string }, Failure | "case-unavailable", AssignmentField, { values?: Record<string, string> }>;

export async function createAssignmentAction(_prev: AssignmentFormState, formData: FormData): Promise<AssignmentFormState> {
  const raw: Record<string, string> = Object.fromEntries(FIELDS.map((f) => [f, String(formValue(formData, f) ?? "").slice(0, 100)]));
  const result = await create(raw);
  // Whatever the refusal, the form keeps what was typed.
  return result.ok ? result : { ...result, values: raw };
}
