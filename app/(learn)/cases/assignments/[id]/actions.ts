"use server";
import { z } from "zod";
import { redirect } from "next/navigation";
import { startMyAssignment } from "@/lib/dal/assignments";

export type StartAssignmentState = { error?: "unauthenticated" | "invalid" | "not-found" | "not-open" | "no-attempts-left" | "closed" };

const schema = z.object({ assignmentId: z.string().uuid() });

export async function startAssignmentAttemptAction(_prev: StartAssignmentState, formData: FormData): Promise<StartAssignmentState> {
  const parsed = schema.safeParse({ assignmentId: formData.get("assignmentId") });
  if (!parsed.success) return { error: "invalid" };
  // The DAL authenticates, checks membership, opening, attempts left and the late policy in one transaction.
  const result = await startMyAssignment(parsed.data.assignmentId);
  if (!result.ok) return { error: result.error };
  redirect(`/attempts/${result.attemptId}`);
}
