/** The "points lost" wording of the feedback: never self-contradictory, no option badged wrongly. */
import { describe, expect, it } from "vitest";
import type { Question } from "@/lib/content/schema";
import { scoreQuestion } from "@/lib/scoring";
import { optionMarks } from "@/components/player/questions/logic";
import { buildFeedback } from "./feedback";

const base = { stem: "s", points: 1, objectives: [], explanation: "e" };
const qrm = {
  ...base,
  id: "m",
  type: "qrm",
  options: [
    { id: "a", text: "A", correct: true, pmz: true },
    { id: "b", text: "B", correct: true },
    { id: "c", text: "C", correct: false, inacceptable: true },
    { id: "d", text: "D", correct: false },
  ],
} as Question;
const qrp = { ...base, id: "p", type: "qrp", n: 2, longMenu: false, options: qrm.type === "qrm" ? qrm.options.map((o) => ({ ...o, inacceptable: undefined })) : [] } as Question;
const reasons = (q: Question, answer: Parameters<typeof scoreQuestion>[1], locale: "fr" | "en" = "fr") => buildFeedback(q, scoreQuestion(q, answer), locale).reasons;

describe("the reasons a feedback gives", () => {
  it("a PMZ left unticked: the question is 0, with no partial credit beside it and the option named once", () => {
    expect(reasons(qrm, { type: "qrm", choices: ["b"] })).toEqual([
      "Réponse indispensable (PMZ) non cochée : « A ». La question vaut 0, quelles que soient les autres réponses.",
    ]);
    expect(reasons(qrm, { type: "qrm", choices: ["b"] }, "en")).toEqual([
      "Indispensable option (PMZ) left unticked: “A”. The question scores 0 whatever the other answers.",
    ]);
  });

  it("an unacceptable option ticked: 0, stated once, no credit", () => {
    expect(reasons(qrm, { type: "qrm", choices: ["a", "b", "c"] })).toEqual([
      "Réponse inacceptable cochée : « C ». La question vaut 0, quelles que soient les autres réponses.",
    ]);
  });

  it("a QRP with a PMZ missed keeps the other mistakes but drops the partial credit", () => {
    expect(reasons(qrp, { type: "qrp", choices: ["b", "c"] })).toEqual([
      "Réponse indispensable (PMZ) non cochée : « A ». La question vaut 0, quelles que soient les autres réponses.",
      "Mauvaise réponse cochée : « C ».",
    ]);
  });

  it("without a rule that sets the question to 0, every reason and the credit stay, matching the points", () => {
    const f = buildFeedback(qrm, scoreQuestion(qrm, { type: "qrm", choices: ["a", "b", "d"] }), "fr");
    expect([f.points, f.reasons]).toEqual([
      0.5,
      ["Mauvaise réponse cochée : « D ».", "1 discordance : crédit de 0,5 sur 1 (barème : 0 discordance → 1 ; 1 → 0,5 ; 2 → 0,2 ; 3 ou plus → 0)."],
    ]);
  });
});

describe("the option marks", () => {
  it("a wrong option rightly left unticked is neither crossed nor an error; the learner's mistakes are", () => {
    expect(optionMarks({ correct: false }, false)).toEqual({ crossed: false, mistake: null });
    expect(optionMarks({ correct: false }, true)).toEqual({ crossed: true, mistake: "wrongly-chosen" });
    expect(optionMarks({ correct: true }, true)).toEqual({ crossed: false, mistake: null });
    expect(optionMarks({ correct: true }, false)).toEqual({ crossed: false, mistake: "missed" });
  });
});
