/**
 * One virtual student playing cases through the player's HTTP interface, as the browser does:
 * start an attempt, open the stage, order investigations, answer every question, go to the next
 * stage, finish; then start again (or stop, in the exam). Submissions are written to the ledger.
 */
import { closesBeforeFirstQuestion } from "@/lib/player/disclosure";
import type { Answer } from "@/lib/scoring/types";
import { answerFor, type CasePlan } from "./case-plans";
import type { AckLedger } from "./ledger";
import type { Step } from "./load";
import { actionRequest, debriefRequest, pageRequest, parseActionResult, redirectedAttemptId, refreshRequest, startAttemptRequest, type ActionIds } from "./protocol";

export type StudentOptions = {
  mode: "training" | "exam";
  /** GET the player page when an attempt starts and after each stage opens. */
  pages: boolean;
  /** Order the plan's investigations of each stage. */
  investigations: boolean;
  /** Start a new attempt after finishing one (false: the student is done). */
  restart: boolean;
  /** Refetch the page's RSC payload when a stage opens, as the player's `router.refresh()` does. */
  refresh: boolean;
  /** Share of acknowledged submissions sent a second time (double click, retry). */
  retryRate: number;
};

type Phase = "start" | "page" | "order" | "close" | "submit" | "resubmit" | "advance" | "finish" | "debrief" | "done";

export class Student {
  private phase: Phase;
  private attemptId: string | null;
  private plan: CasePlan;
  private stage = 0;
  private item = 0;
  private caseIndex: number;
  private questionStartedAt = Date.now();
  /** Consecutive failures of the current step: a student gives up a broken attempt after a few. */
  private failures = 0;
  /** A stage opened: the browser refreshes the page before the learner's next move. */
  private refreshDue = false;
  unexpected = 0;

  constructor(
    readonly index: number,
    readonly cookie: string,
    private readonly plans: CasePlan[],
    private readonly ids: ActionIds,
    private readonly ledger: AckLedger,
    private readonly options: StudentOptions,
    existing?: { attemptId: string; plan: CasePlan },
  ) {
    this.caseIndex = index % plans.length;
    this.plan = existing?.plan ?? plans[this.caseIndex];
    this.attemptId = existing?.attemptId ?? null;
    this.phase = existing ? (options.pages ? "page" : this.stageEntry()) : "start";
  }

  get done(): boolean {
    return this.phase === "done";
  }

  get currentAttempt(): string | null {
    return this.attemptId;
  }

  private stageEntry(): Phase {
    this.item = 0;
    if (this.options.investigations && this.plan.stages[this.stage].investigations.length > 0) return "order";
    return this.afterOrders();
  }

  private afterOrders(): Phase {
    this.item = 0;
    // "J'ai terminé mes demandes": a stage whose menu closes before its first question shows it only then.
    if (closesBeforeFirstQuestion(this.plan.def.stages[this.stage])) return "close";
    return this.toQuestions();
  }

  private toQuestions(): Phase {
    if (this.plan.stages[this.stage].questions.length > 0) return "submit";
    return this.afterQuestions();
  }

  private afterQuestions(): Phase {
    return this.stage < this.plan.stages.length - 1 ? "advance" : "finish";
  }

  private answer(): { questionId: string; answer: Answer } {
    const q = this.plan.stages[this.stage].questions[this.item];
    return { questionId: q.id, answer: answerFor(q, this.index + this.item) };
  }

  /** A failed step is retried; after 5 failures in a row the attempt is abandoned for a new one. */
  private failed(): false {
    this.failures++;
    if (this.failures >= 5) {
      this.unexpected++;
      this.failures = 0;
      this.phase = this.options.restart ? "start" : "done";
    }
    return false;
  }

  private succeeded(next: Phase, refresh = false): void {
    this.failures = 0;
    this.phase = next;
    this.refreshDue = refresh && this.options.refresh;
  }

  next(): Step | null {
    if (this.refreshDue && this.attemptId) {
      return {
        op: "refresh",
        immediate: true,
        request: refreshRequest(this.cookie, this.attemptId),
        onResult: (status) => {
          // A failed refresh is not retried: the learner's next click works without it.
          this.refreshDue = false;
          return status === 200;
        },
        onLost: () => {
          this.refreshDue = false;
        },
      };
    }
    const attemptPath = `/attempts/${this.attemptId}`;
    switch (this.phase) {
      case "done":
        return null;
      case "start":
        return {
          op: "start",
          request: startAttemptRequest(this.cookie, this.plan.slug, this.options.mode, this.ids.startAttemptAction),
          onResult: (status, _body, headers) => {
            const id = status === 200 ? redirectedAttemptId(headers) : null;
            if (!id) return this.failed();
            this.attemptId = id;
            this.stage = 0;
            this.ledger.started(id, this.index);
            this.succeeded(this.options.pages ? "page" : this.stageEntry());
            return true;
          },
        };
      case "page":
        return {
          op: "page",
          request: pageRequest(this.cookie, this.attemptId!),
          onResult: (status) => {
            if (status !== 200) return this.failed();
            this.succeeded(this.stageEntry());
            this.questionStartedAt = Date.now();
            return true;
          },
        };
      case "order": {
        const investigation = this.plan.stages[this.stage].investigations[this.item];
        return {
          op: "order",
          request: actionRequest(this.cookie, attemptPath, this.ids.orderInvestigationAction, [this.attemptId, investigation]),
          onResult: (status, body) => {
            const r = parseActionResult(status, body);
            if (!r.ok) return this.failed();
            this.item++;
            // The player shows the returned result without refreshing the page.
            this.succeeded(this.item < this.plan.stages[this.stage].investigations.length ? "order" : this.afterOrders());
            return true;
          },
        };
      }
      case "close":
        return {
          op: "close",
          request: actionRequest(this.cookie, attemptPath, this.ids.closeInvestigationMenuAction, [this.attemptId, this.plan.def.stages[this.stage].id]),
          onResult: (status, body) => {
            if (!parseActionResult(status, body).ok) return this.failed();
            this.questionStartedAt = Date.now();
            this.succeeded(this.toQuestions());
            return true;
          },
        };
      case "submit":
      case "resubmit": {
        const resubmit = this.phase === "resubmit";
        const attemptId = this.attemptId!;
        const { questionId, answer } = this.answer();
        this.ledger.sent(attemptId, questionId);
        return {
          op: resubmit ? "resubmit" : "submit",
          request: actionRequest(this.cookie, attemptPath, this.ids.submitAnswerAction, [attemptId, questionId, answer, Date.now() - this.questionStartedAt]),
          onResult: (status, body) => {
            const r = parseActionResult(status, body);
            if (!r.ok) {
              // An answer cut short (a server killed mid-response) is not a refusal: the write may have committed.
              if (r.error !== "no-result" && r.error !== "unparsable") this.ledger.rejected(attemptId, questionId, r.error);
              return this.failed();
            }
            this.ledger.acked(attemptId, questionId);
            if (!resubmit && Math.random() < this.options.retryRate) {
              this.succeeded("resubmit");
              return true;
            }
            this.item++;
            this.questionStartedAt = Date.now();
            // The player shows the returned answer (and training feedback) without refreshing the page.
            this.succeeded(this.item < this.plan.stages[this.stage].questions.length ? "submit" : this.afterQuestions());
            return true;
          },
        };
      }
      case "advance":
        return {
          op: "advance",
          request: actionRequest(this.cookie, attemptPath, this.ids.advanceStageAction, [this.attemptId]),
          onResult: (status, body) => {
            if (!parseActionResult(status, body).ok) return this.failed();
            this.stage++;
            this.succeeded(this.stageEntry(), true);
            return true;
          },
        };
      case "finish":
        return {
          op: "finish",
          request: actionRequest(this.cookie, attemptPath, this.ids.finishAttemptAction, [this.attemptId]),
          onResult: (status, body) => {
            if (!parseActionResult(status, body).ok) return this.failed();
            this.caseIndex = (this.caseIndex + 1) % this.plans.length;
            this.plan = this.plans[this.caseIndex];
            this.succeeded(this.options.pages ? "debrief" : this.options.restart ? "start" : "done");
            return true;
          },
        };
      case "debrief":
        return {
          op: "debrief",
          request: debriefRequest(this.cookie, this.attemptId!),
          onResult: (status) => {
            this.succeeded(this.options.restart ? "start" : "done");
            return status === 200;
          },
        };
    }
  }
}
