/**
 * What the load generator knows about each submission, keyed by (attempt, question): acknowledged
 * by the server, rejected by it, or sent without an answer (timeout, lost connection, crash).
 */
export type SubmissionState = "acked" | "rejected" | "unknown";

export type LedgerEntry = { attemptId: string; questionId: string; state: SubmissionState; acks: number; error?: string };

export class AckLedger {
  readonly entries = new Map<string, LedgerEntry>();
  /** Attempts the server confirmed it started, with the student who owns them. */
  readonly attempts = new Map<string, { student: number }>();

  private entry(attemptId: string, questionId: string): LedgerEntry {
    const key = `${attemptId}|${questionId}`;
    let e = this.entries.get(key);
    if (!e) {
      e = { attemptId, questionId, state: "unknown", acks: 0 };
      this.entries.set(key, e);
    }
    return e;
  }

  sent(attemptId: string, questionId: string): void {
    this.entry(attemptId, questionId);
  }

  acked(attemptId: string, questionId: string): void {
    const e = this.entry(attemptId, questionId);
    e.state = "acked";
    e.acks++;
  }

  /** A refusal never downgrades an earlier acknowledgement. */
  rejected(attemptId: string, questionId: string, error: string): void {
    const e = this.entry(attemptId, questionId);
    if (e.state !== "acked") {
      e.state = "rejected";
      e.error = error;
    }
  }

  started(attemptId: string, student: number): void {
    this.attempts.set(attemptId, { student });
  }

  count(state: SubmissionState): number {
    let n = 0;
    for (const e of this.entries.values()) if (e.state === state) n++;
    return n;
  }
}
