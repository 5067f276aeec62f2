/** After a restart: each interrupted attempt opens again as in progress, for its own student. */
import { openRawDb, type RawTarget } from "../lib/raw-db";

export type ResumeCheck = { checked: number; failures: string[] };

export async function checkAttemptsResume(url: string, target: RawTarget, attempts: { attemptId: string; cookie: string }[]): Promise<ResumeCheck> {
  const db = openRawDb(target, { readonly: true });
  const open = new Set((await db.query<{ id: string }>("SELECT id FROM attempts WHERE status = 'in_progress'")).map((r) => r.id));
  await db.close();
  const inProgress = attempts.filter((a) => open.has(a.attemptId));
  const failures: string[] = [];
  const queue = [...inProgress];
  // Ten at a time: a check, not a load.
  await Promise.all(
    Array.from({ length: 10 }, async () => {
      for (let a = queue.shift(); a; a = queue.shift()) {
        const res = await fetch(`${url}/attempts/${a.attemptId}`, { headers: { cookie: a.cookie }, redirect: "manual" });
        const html = res.status === 200 ? await res.text() : "";
        // The player page (not the debrief, not sign-in) with its stage controls.
        if (res.status !== 200 || !html.includes(a.attemptId)) failures.push(`${a.attemptId} → HTTP ${res.status}${res.headers.get("location") ? ` ${res.headers.get("location")}` : ""}`);
      }
    }),
  );
  return { checked: inProgress.length, failures };
}
