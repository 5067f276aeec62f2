"use server";
import { formValue } from "@/lib/actions/form";
import { redirect } from "next/navigation";
import { defineAction } from "@/lib/actions/define-action";
import { fail, type ActionState } from "@/lib/actions/result";
import { createCohort } from "@/lib/dal/cohorts";
import { cohortNameSchema } from "@/lib/teach/assignment-schema";

type NameError = "required" | "tooLong" | "invalid";

const createCohortOf = defineAction({
  name: "create-cohort",
  access: ["instructor", "admin"],
  input: cohortNameSchema,
  invalid: (error) => {
    const code = error.issues[0]?.message;
    return fail<NameError>(code === "tooLong" || code === "invalid" ? code : "required");
  },
  run: async (name) => {
    const result = await createCohort(name);
    if (!result.ok) return fail(result.error);
    redirect(`/teach/cohorts/${result.id}`);
  },
});

export type CreateCohortState = ActionState<never, NameError | "unauthenticated" | "forbidden" | "not-found">;

export async function createCohortAction(_prev: CreateCohortState, formData: FormData): Promise<CreateCohortState> {
  return createCohortOf(formValue(formData, "name") ?? "");
}
