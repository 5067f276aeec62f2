"use server";
import { formValue } from "@/lib/actions/form";
import { z } from "zod";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { fail, succeed, type ActionState } from "@/lib/actions/result";
import { joinCohort } from "@/lib/dal/cohorts";

const joinAction = defineAction({
  name: "join-cohort",
  access: "signed-in",
  input: z.string().trim().min(1).max(40),
  // The code typed comes back so that the field shows it beside the error.
  invalid: (_error, raw) => fail("required", { values: { code: String(raw) } }),
  run: async (code) => {
    // joinCohort allows students only, counts wrong codes, and adds nothing for an unknown code.
    const result = await joinCohort(code);
    const values = { code };
    if (!result.ok) {
      if (result.error === "rate-limited") return fail(result.error, { values, minutes: Math.max(1, Math.ceil((result.retryAt - Date.now()) / 60_000)) });
      return fail(result.error, { values });
    }
    revalidatePath("/cases");
    return succeed({ cohortName: result.cohortName, already: result.already });
  },
});

export type JoinState = ActionState<
  { cohortName: string; already: boolean },
  "required" | "unknown-code" | "students-only" | "unauthenticated" | "rate-limited",
  never,
  { values?: { code: string }; minutes?: number }
>;

export async function joinCohortAction(_prev: JoinState, formData: FormData): Promise<JoinState> {
  return joinAction(String(formValue(formData, "code") ?? "").slice(0, 40));
}
