"use server";
import { z } from "zod";
import { getDb, writeDurably } from "@/db/client";
import { getCurrentUser } from "@/lib/dal/session";
import { checkRepresentationQualifiers, type SelfCheckError } from "@/lib/dal/representation-check";

export type SelfCheckActionResult = { ok: true; qualifiers: string[] } | { ok: false; error: SelfCheckError | "unauthenticated" };

const input = z.strictObject({
  attempt: z.string().uuid(),
  question: z.string().min(1).max(100),
  qualifiers: z.array(z.string().min(1).max(100)).max(20),
});

/**
 * The learner's self-assessment of a problem representation (formative). A public endpoint: it
 * authenticates, validates, and the data layer checks ownership and that the author's summary was earned.
 */
export async function checkQualifiersAction(attempt: string, question: string, qualifiers: string[]): Promise<SelfCheckActionResult> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, error: "unauthenticated" };
  const parsed = input.safeParse({ attempt, question, qualifiers });
  if (!parsed.success) return { ok: false, error: "invalid" };
  const r = await writeDurably(() => checkRepresentationQualifiers(getDb(), user.id, parsed.data.attempt, parsed.data.question, parsed.data.qualifiers));
  return r.ok ? { ok: true, qualifiers: r.qualifiers } : { ok: false, error: r.error };
}
