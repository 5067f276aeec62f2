import { describe, expect, it } from "vitest";
import type { Question } from "@/lib/content/schema";
import { summariseAnswers } from "./answer-summary";

const q: Question = {
  id: "q",
  type: "differential",
  stem: "s",
  points: 1,
  objectives: ["o"],
  explanation: "e",
  diagnoses: [
    { id: "ep", text: "Embolie pulmonaire" },
    { id: "sca", text: "Syndrome coronarien aigu" },
  ],
  ranking: [{ id: "ep", cantMiss: true }],
};

describe("cohort summary of a ranked differential", () => {
  it("groups identical ranked lists (flags included), most frequent first", () => {
    const ep = { type: "differential" as const, ranking: [{ id: "ep", cantMiss: true }] };
    const sca = { type: "differential" as const, ranking: [{ id: "sca", cantMiss: false }, { id: "ep", cantMiss: false }] };
    expect(summariseAnswers(q, [{ answer: ep, points: 1 }, { answer: sca, points: 0.45 }, { answer: ep, points: 1 }])).toEqual({
      respondents: 3,
      choices: null,
      topAnswers: [
        { label: "Embolie pulmonaire ⚑", count: 2, correct: true },
        { label: "Syndrome coronarien aigu → Embolie pulmonaire", count: 1, correct: false },
      ],
    });
  });
});
