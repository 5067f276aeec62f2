"use server";
import { formValue } from "@/lib/actions/form";
import { z } from "zod";
import { redirect } from "next/navigation";
import { defineAction } from "@/lib/actions/define-action";
import { fail, type ActionState } from "@/lib/actions/result";
import { startMyAssignment } from "@/lib/dal/assignments";

const startAssignment = defineAction({
  name: "start-assignment",
  access: "signed-in",
  input: z.object({ assignmentId: z.string().uuid() }),
  run: async ({ assignmentId }) => {
    // The DAL checks membership, opening, attempts left and the late policy in one transaction.
    const result = await startMyAssignment(assignmentId);
    if (!result.ok) return fail(result.error);
    redirect(`/attempts/${result.attemptId}`);
  },
});

export type StartAssignmentState = ActionState<never, "unauthenticated" | "invalid" | "not-found" | "not-open" | "no-attempts-left" | "closed">;

export async function startAssignmentAttemptAction(_prev: StartAssignmentState, formData: FormData): Promise<StartAssignmentState> {
  return startAssignment({ assignmentId: formValue(formData, "assignmentId") });
}
