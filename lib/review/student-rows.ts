import { countedAttempt, studentStatus } from "./counting";
import { markOutOf20 } from "./mark";
import type { AttemptRow, CountingRule, MemberRow, StudentRow } from "./types";

export type StudentPick = { row: StudentRow; counted: AttemptRow | null };

/**
 * One row per current member of the cohort. The attempt shown is the one that counts; without a
 * finished attempt, the latest one in progress (its start time, no score). Attempts by people who
 * are no longer members are left out: the review is of the cohort as it is now.
 */
export function studentRows(members: readonly MemberRow[], attempts: readonly AttemptRow[], rule: CountingRule): StudentPick[] {
  const byUser = new Map<string, AttemptRow[]>();
  for (const a of attempts) {
    let list = byUser.get(a.userId);
    if (!list) byUser.set(a.userId, (list = []));
    list.push(a);
  }
  return members.map((m) => {
    const mine = byUser.get(m.userId) ?? [];
    const counted = countedAttempt(mine, rule);
    const open = mine.filter((a) => a.status === "in_progress").sort((a, b) => b.startedAt - a.startedAt)[0] ?? null;
    const shown = counted ?? open;
    const row: StudentRow = {
      userId: m.userId,
      name: m.name,
      email: m.email,
      status: studentStatus(mine),
      attemptsUsed: mine.length,
      attemptId: shown?.id ?? null,
      counted: counted !== null,
      late: shown?.late ?? false,
      startedAt: shown?.startedAt ?? null,
      finishedAt: counted?.finishedAt ?? null,
      total: counted?.score ?? null,
      max: counted?.maxScore ?? null,
      mark20: counted ? markOutOf20(counted.score, counted.maxScore) : null,
      points: {},
      investigationPoints: null,
    };
    return { row, counted };
  });
}
