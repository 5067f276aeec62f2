/**
 * The learner-view projection (what the browser receives), on the sentinel case of the end-to-end
 * tests: one question of each of the eight types, new information and an erratum on question 2.
 */
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadCaseFolder } from "@/lib/content/load";
import type { CaseDefinition } from "@/lib/content/schema";
import type { Answer } from "@/lib/scoring/types";
import { buildAttemptView, type AttemptState } from "./build-view";
import { optionOrder } from "./public-question";
import { buildFeedback } from "./feedback";
import { scoreQuestion } from "@/lib/scoring";
import type { PublicQuestion } from "./view-types";

let def: CaseDefinition;
beforeAll(async () => {
  const r = await loadCaseFolder(path.resolve(__dirname, "../../e2e/fixtures/cases/cas-sentinelle"));
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  def = r.case;
});

const ATTEMPT = "7d1f5c2e-0000-4000-8000-000000000001";
const RIGHT: Record<string, Answer> = {
  q1: { type: "qru", choice: "a" },
  q2: { type: "qroc", text: "radiographie" },
  q3: { type: "qrm", choices: ["a", "b"] },
  q4: { type: "numeric", value: 80 },
  q5: { type: "tcs", value: 2 },
  q6: { type: "ordering", order: ["a", "b", "c"] },
  q7: { type: "qrp", choices: ["a", "b"] },
  q8: { type: "zone", choices: ["b"] },
};
const ORDER = Object.keys(RIGHT);
const STAGE_OF: Record<string, number> = { q1: 0, q2: 0, q3: 1, q4: 1, q5: 2, q6: 2, q7: 2, q8: 2 };

function state(answered: number, over: Partial<AttemptState> = {}): AttemptState {
  const answers = new Map(ORDER.slice(0, answered).map((id) => [id, RIGHT[id]] as const));
  // The stage of the next question (or the last one when all are answered).
  const next = ORDER[answered] ?? "q8";
  return { id: ATTEMPT, mode: "training", status: "in_progress", currentStage: STAGE_OF[next], deadlineAt: null, answers, ordered: new Map(), ...over };
}
const view = (s: AttemptState) => buildAttemptView(def, s, "fr");
const shown = (s: AttemptState) => view(s).stages.flatMap((st) => st.questions.map((q) => q.question.id));

/** Every field of the case that is part of a key, an explanation or a later question. */
const KEY_FIELDS = /"(correct|pmz|inacceptable|explanation|accepted|display|panel|tolerance|answer|order|rule|feedback|objectives|source|pinned)"/;

describe("one question at a time", () => {
  it("sends the answered questions and the first unanswered one, nothing of the later ones", () => {
    for (let k = 0; k < ORDER.length; k++) {
      expect(shown(state(k))).toEqual(ORDER.slice(0, k + 1));
      const json = JSON.stringify(view(state(k)));
      for (const later of ORDER.slice(k + 1)) {
        const q = def.stages[STAGE_OF[later]].questions.find((x) => x.id === later)!;
        expect(json).not.toContain(q.stem);
        expect(json).not.toContain(q.explanation);
      }
    }
    // Control: the stems do appear once reached.
    expect(JSON.stringify(view(state(1)))).toContain("STEMSENTINELQ2");
  });

  it("counts the stage's questions without sending them", () => {
    const v = view(state(0));
    expect(v.stages[0].questions.map((q) => q.question.id)).toEqual(["q1"]);
    expect(v.stages[0].questionCount).toBe(2);
  });

  it("sends a question's new information with it, never before", () => {
    const before = JSON.stringify(view(state(0)));
    expect(before).not.toContain("NEWINFOSENTINELQ2");
    expect(before).not.toContain("NEWINFOLABSENTINEL");
    const q2 = view(state(1)).stages[0].questions[1].question;
    expect(q2.newInformation).toEqual({
      narrative: "NEWINFOSENTINELQ2 le patient signale une fièvre depuis la veille.",
      findings: [
        {
          kind: "lab",
          title: "Gaz du sang",
          date: undefined,
          // The number in the learner's locale: one decimal separator everywhere.
          rows: [{ analyte: "NEWINFOLABSENTINEL lactates", value: "1,5", unit: "mmol/L", range: "0,5-2,2", flag: "normal", note: undefined }],
        },
      ],
    });
    expect(buildAttemptView(def, state(1), "en").stages[0].questions[1].question.newInformation?.findings?.[0]).toMatchObject({ rows: [{ value: "1.5" }] });
  });

  it("a finished attempt shows every question of the stages reached, with its key", () => {
    const v = view({ ...state(1), status: "finished" });
    expect(v.stages[0].questions.map((q) => [q.question.id, q.feedback !== null])).toEqual([
      ["q1", true],
      ["q2", true],
    ]);
  });
});

describe("the public projection of each type carries no key", () => {
  const all = () => view({ ...state(8), status: "in_progress", mode: "exam" }).stages.flatMap((s) => s.questions.map((q) => q.question));
  it.each(ORDER)("%s", (id) => {
    const q = all().find((x) => x.id === id)!;
    expect(JSON.stringify(q)).not.toMatch(KEY_FIELDS);
    const keys: Record<string, string[]> = {
      qru: ["id", "stem", "points", "type", "options"],
      qrm: ["id", "stem", "points", "type", "options"],
      qrp: ["id", "stem", "points", "type", "n", "longMenu", "options"],
      qroc: ["id", "stem", "points", "newInformation", "type"],
      numeric: ["id", "stem", "points", "newInformation", "type", "unit"],
      ordering: ["id", "stem", "points", "type", "items"],
      tcs: ["id", "stem", "points", "type", "hypothesis", "information"],
      zone: ["id", "stem", "points", "type", "segments"],
    };
    expect(Object.keys(q)).toEqual(keys[q.type]);
  });

  it("options come in the attempt's own order, the pinned one in place, the same on every render", () => {
    const q1 = () => view(state(0)).stages[0].questions[0].question as Extract<PublicQuestion, { type: "qru" | "qrm" }>;
    expect(q1().options.map((o) => o.id)).toEqual(optionOrder(def.stages[0].questions[0], ATTEMPT));
    expect(q1().options.map((o) => o.id)).toEqual(q1().options.map((o) => o.id));
    expect(q1().options[4]).toEqual({ id: "e", text: "Aucun de ces symptômes" });
    // Another attempt draws its own order: over a few attempts, at least two orders differ.
    const orders = new Set(["a", "b", "c", "d"].map((k) => JSON.stringify(optionOrder(def.stages[0].questions[0], `other-${k}`))));
    expect(orders.size).toBeGreaterThan(1);
  });

  it("the feedback lists the options in the order the learner saw them", () => {
    const q1 = view(state(1)).stages[0].questions[0];
    expect(q1.feedback?.options?.map((o) => o.id)).toEqual(q1.question.type === "qru" ? q1.question.options.map((o) => o.id) : []);
  });
});

describe("feedback and errata timing", () => {
  it("training: feedback and the question's errata once it is answered, not before", () => {
    const before = view(state(1)).stages[0].questions[1];
    expect([before.feedback, before.errata]).toEqual([null, []]);
    expect(JSON.stringify(view(state(1)))).not.toContain("ERRATUMQ2SENTINEL");
    const after = view(state(2)).stages[0].questions[1];
    expect(after.feedback?.explanation).toBe("EXPLANATIONSENTINELQ2 la radiographie thoracique.");
    expect(after.errata.map((e) => e.correction)).toEqual(["ERRATUMQ2SENTINEL correction affichée une fois la question 2 répondue."]);
  });

  it("exam: nothing until the end", () => {
    const json = JSON.stringify(view(state(8, { mode: "exam" })));
    expect(json).not.toMatch(/EXPLANATIONSENTINEL|ERRATUMQ2SENTINEL|OPTIONFEEDBACKSENTINEL|ZONEFEEDBACKSENTINEL/);
    expect(JSON.stringify(view(state(8, { mode: "exam", status: "finished" })))).toContain("ERRATUMQ2SENTINEL");
  });

  it("errata attached to no stage or question never reach the player", () => {
    expect(JSON.stringify(view(state(8)))).not.toContain("ERRATUMDEBRIEFSENTINEL");
  });
});

describe("the investigation menu", () => {
  it("stays open until the stage's last question is answered, by default", () => {
    expect(view(state(0)).stages[0].menuOpen).toBe(true);
    expect(view(state(1)).stages[0].menuOpen).toBe(true);
    expect(view({ ...state(2), currentStage: 0 }).stages[0].menuOpen).toBe(false);
    // A past stage's menu is closed.
    expect(view(state(2)).stages.map((s) => s.menuOpen)).toEqual([false, true]);
  });

  it("closes when the question the stage names is reached", () => {
    const stages = def.stages.map((s, i) => (i === 0 ? { ...s, menuClosesBefore: "q2" } : s));
    const v = (k: number) => buildAttemptView({ ...def, stages }, state(k), "fr").stages[0].menuOpen;
    expect([v(0), v(1)]).toEqual([true, false]);
  });

  it("before the first question: sends no question of the stage until the learner has finished ordering", () => {
    const stages = def.stages.map((s, i) => (i === 0 ? { ...s, menuClosesBefore: "q1" } : s));
    const at = (closedMenus: Set<number>) => buildAttemptView({ ...def, stages }, { ...state(0), closedMenus }, "fr").stages[0];
    const waiting = at(new Set());
    expect([waiting.menuOpen, waiting.awaitsMenuClose, waiting.questions]).toEqual([true, true, []]);
    expect(JSON.stringify(waiting)).not.toContain(def.stages[0].questions[0].stem);
    const closed = at(new Set([0]));
    expect([closed.menuOpen, closed.awaitsMenuClose, closed.questions.map((q) => q.question.id)]).toEqual([false, false, ["q1"]]);
    // Without the step, the stage never waits.
    expect(view(state(0)).stages[0].awaitsMenuClose).toBe(false);
  });
});

describe("TCS feedback", () => {
  it("says when the panel is illustrative (constructed for teaching), and only then", () => {
    const q5 = def.stages[2].questions.find((q) => q.id === "q5")!;
    if (q5.type !== "tcs") throw new Error("q5 is the sentinel's TCS");
    const score = scoreQuestion(q5, RIGHT.q5);
    expect(buildFeedback({ ...q5, illustrativePanel: true }, score, "fr").illustrativePanel).toBe(true);
    expect(buildFeedback(q5, score, "fr")).not.toHaveProperty("illustrativePanel");
  });
});
