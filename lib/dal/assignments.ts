import "server-only";
import { getDb } from "@/db/client";
import type { AssignmentInput, AssignmentUpdate } from "@/lib/teach/assignment-schema";
import { createAssignmentRecord, deleteAssignmentRecord, releaseCorrectionRecord, updateAssignmentRecord, type ReleaseResult } from "./assignment-store";
import { startAssignmentAttempt, type AssignmentStartResult } from "./attempt-start";
import { authorizeAction, getCurrentUser } from "./session";

export type CreateAssignmentOutcome = { ok: true; id: string } | { ok: false; error: "unauthenticated" | "forbidden" | "not-found" | "case-unavailable" };

export async function createAssignment(input: AssignmentInput): Promise<CreateAssignmentOutcome> {
  const auth = await authorizeAction("instructor", "admin");
  if (!auth.ok) return auth;
  return createAssignmentRecord(getDb(), auth.user.id, input);
}

export type UpdateAssignmentOutcome = { ok: true; cohortId: string } | { ok: false; error: "unauthenticated" | "forbidden" | "not-found" };

/** The assignment's own instructor changes its dates and rules; anyone else gets not-found. */
export async function updateAssignment(input: AssignmentUpdate): Promise<UpdateAssignmentOutcome> {
  const auth = await authorizeAction("instructor", "admin");
  if (!auth.ok) return auth;
  return updateAssignmentRecord(getDb(), auth.user.id, input);
}

export type DeleteAssignmentOutcome = { ok: true; cohortId: string } | { ok: false; error: "unauthenticated" | "forbidden" | "not-found" | "has-attempts" };

/** The assignment's own instructor deletes it while no attempt has been started; anyone else gets not-found. */
export async function deleteAssignment(assignmentId: string): Promise<DeleteAssignmentOutcome> {
  const auth = await authorizeAction("instructor", "admin");
  if (!auth.ok) return auth;
  return deleteAssignmentRecord(getDb(), auth.user.id, assignmentId);
}

export type ReleaseCorrectionOutcome = ReleaseResult | { ok: false; error: "unauthenticated" | "forbidden" };

/** The assignment's own instructor releases its exam correction now; anyone else gets not-found. */
export async function releaseCorrection(assignmentId: string): Promise<ReleaseCorrectionOutcome> {
  const auth = await authorizeAction("instructor", "admin");
  if (!auth.ok) return auth;
  return releaseCorrectionRecord(getDb(), auth.user.id, assignmentId);
}

/** The signed-in member starts (or resumes) their attempt at an assignment. */
export async function startMyAssignment(assignmentId: string): Promise<AssignmentStartResult | { ok: false; error: "unauthenticated" }> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, error: "unauthenticated" };
  return startAssignmentAttempt(getDb(), user.id, assignmentId);
}
