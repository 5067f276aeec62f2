"use server";
import { z } from "zod";
import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { getCurrentUser } from "@/lib/dal/session";
import { startAttemptFor } from "@/lib/dal/attempts";

export type StartState = { error?: "unauthenticated" | "invalid" | "not-found" };

const schema = z.object({ slug: z.string().min(1).max(120), mode: z.enum(["training", "exam"]) });

export async function startAttemptAction(_prev: StartState, formData: FormData): Promise<StartState> {
  const user = await getCurrentUser();
  if (!user) return { error: "unauthenticated" };
  const parsed = schema.safeParse({ slug: formData.get("slug"), mode: formData.get("mode") });
  if (!parsed.success) return { error: "invalid" };
  const result = startAttemptFor(getDb(), user.id, parsed.data.slug, parsed.data.mode);
  if (!result.ok) return { error: result.error };
  redirect(`/attempts/${result.attemptId}`);
}
