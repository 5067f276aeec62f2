"use server";
import { redirect } from "next/navigation";
import { createCohort } from "@/lib/dal/cohorts";
import { cohortNameSchema } from "@/lib/teach/assignment-schema";

export type CreateCohortState = { error?: "required" | "tooLong" | "invalid" | "unauthenticated" | "forbidden" | "not-found" };

export async function createCohortAction(_prev: CreateCohortState, formData: FormData): Promise<CreateCohortState> {
  const parsed = cohortNameSchema.safeParse(formData.get("name") ?? "");
  if (!parsed.success) {
    const code = parsed.error.issues[0]?.message;
    return { error: code === "tooLong" || code === "invalid" ? code : "required" };
  }
  // createCohort authenticates and checks the role itself.
  const result = await createCohort(parsed.data);
  if (!result.ok) return { error: result.error };
  redirect(`/teach/cohorts/${result.id}`);
}
