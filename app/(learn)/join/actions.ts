"use server";
import { z } from "zod";
import { revalidatePath } from "next/cache";
import { joinCohort } from "@/lib/dal/cohorts";

export type JoinState =
  | { status: "idle" }
  | { status: "ok"; cohortName: string; already: boolean }
  | { status: "error"; error: "required" | "unknown-code" | "students-only" | "unauthenticated"; code: string }
  | { status: "error"; error: "rate-limited"; code: string; minutes: number };

const schema = z.string().trim().min(1).max(40);

export async function joinCohortAction(_prev: JoinState, formData: FormData): Promise<JoinState> {
  const raw = String(formData.get("code") ?? "").slice(0, 40);
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return { status: "error", error: "required", code: raw };
  // joinCohort authenticates, allows students only, and adds nothing for an unknown code.
  const result = await joinCohort(parsed.data);
  if (!result.ok) return result.error === "rate-limited" ? { status: "error", error: result.error, code: raw, minutes: Math.max(1, Math.ceil((result.retryAt - Date.now()) / 60_000)) } : { status: "error", error: result.error, code: raw };
  revalidatePath("/cases");
  return { status: "ok", cohortName: result.cohortName, already: result.already };
}
