import { describe, expect, it } from "vitest";
import type { Question } from "@/lib/content/schema";
import { summariseAnswers } from "./answer-summary";

const qroc = {
  id: "q1",
  type: "qroc",
  stem: "Quel examen confirme le diagnostic ?",
  points: 1,
  objectives: ["diagnostic"],
  explanation: "La biopsie ostéomédullaire.",
  accepted: ["biopsie ostéomédullaire"],
} as Question;

const answered = (text: string, points: number) => ({ answer: { type: "qroc" as const, text }, points });

describe("summariseAnswers for open answers", () => {
  it("groups QROC answers as the scorer compares them: determiner, trailing parenthesis and plurals dropped", () => {
    const summary = summariseAnswers(qroc, [
      answered("La biopsie ostéomédullaire (BOM)", 1),
      answered("biopsies ostéomédullaires", 1),
      answered("Biopsie  ostéo-médullaire.", 1),
      answered("un myélogramme", 0),
      answered("Myélogrammes", 0),
      answered("scanner", 0),
    ]);
    expect(summary.respondents).toBe(6);
    expect(summary.topAnswers).toEqual([
      { label: "La biopsie ostéomédullaire (BOM)", count: 2, correct: true },
      { label: "un myélogramme", count: 2, correct: false },
      { label: "Biopsie  ostéo-médullaire.", count: 1, correct: true },
      { label: "scanner", count: 1, correct: false },
    ]);
  });
});
