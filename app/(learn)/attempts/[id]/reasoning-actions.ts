"use server";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { succeed, type ActionResult } from "@/lib/actions/result";
import { checkMyRepresentationQualifiers, type SelfCheckError } from "@/lib/dal/representation-check";

export type SelfCheckActionResult = ActionResult<{ qualifiers: string[] }, SelfCheckError | "unauthenticated">;

/**
 * The learner's self-assessment of a problem representation (formative). The data layer checks
 * ownership and that the author's summary was earned.
 */
const selfCheck = defineAction({
  name: "check-qualifiers",
  access: "signed-in",
  input: z.strictObject({
    attempt: z.string().uuid(),
    question: z.string().min(1).max(100),
    qualifiers: z.array(z.string().min(1).max(100)).max(20),
  }),
  run: async ({ attempt, question, qualifiers }, user) => {
    const r = await checkMyRepresentationQualifiers(user, attempt, question, qualifiers);
    return r.ok ? succeed({ qualifiers: r.qualifiers }) : { ok: false as const, code: r.error };
  },
});

export async function checkQualifiersAction(attempt: string, question: string, qualifiers: string[]): Promise<SelfCheckActionResult> {
  return selfCheck({ attempt, question, qualifiers });
}
