"use server";
import { formValue } from "@/lib/actions/form";
import { z } from "zod";
import { redirect } from "next/navigation";
import { defineAction } from "@/lib/actions/define-action";
import { fail, type ActionState } from "@/lib/actions/result";
import { startMyPracticeAttempt } from "@/lib/dal/attempts";

const startAttempt = defineAction({
  name: "start-attempt",
  access: "signed-in",
  input: z.object({ slug: z.string().min(1).max(120), mode: z.enum(["training", "exam"]) }),
  run: async ({ slug, mode }, user) => {
    const result = await startMyPracticeAttempt(user, slug, mode);
    if (!result.ok) return fail(result.error);
    redirect(`/attempts/${result.attemptId}`);
  },
});

export type StartState = ActionState<never, "unauthenticated" | "invalid" | "not-found">;

export async function startAttemptAction(_prev: StartState, formData: FormData): Promise<StartState> {
  return startAttempt({ slug: formValue(formData, "slug"), mode: formValue(formData, "mode") });
}
