import "server-only";
import { getDb } from "@/db/client";
import { progressFor, type Progress } from "./progress-store";
import { getCurrentUser } from "./session";

/** The signed-in user's own progress (null when signed out). */
export async function getMyProgress(now = Date.now()): Promise<Progress | null> {
  const user = await getCurrentUser();
  if (!user) return null;
  return progressFor(getDb(), user.id, now);
}
export type { MarkPoint, Progress } from "./progress-store";
