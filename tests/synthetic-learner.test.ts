import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { CaseDefinition } from "@/lib/content/schema";
import { loadAllCases } from "@/lib/content/load";
import { scoreQuestion, validateAnswer } from "@/lib/scoring";
import { itemParams, simulateAnswer, type ItemParams } from "@/db/seed/synthetic/learner-model";
import { seededRng } from "@/db/seed/synthetic/random";

let cases: CaseDefinition[] = [];
beforeAll(async () => {
  const folders = await loadAllCases(path.resolve(__dirname, "../content/cases"));
  cases = folders.flatMap((f) => (f.result.ok ? [f.result.case] : []));
});

describe("synthetic learner model", () => {
  it("answers every question of the bundled cases with input the server accepts", () => {
    expect(cases.length).toBe(2);
    const rng = seededRng(1);
    for (const def of cases) {
      for (const q of def.stages.flatMap((s) => s.questions)) {
        const params = itemParams(q, rng);
        for (const theta of [-3, 0, 3]) {
          for (let i = 0; i < 20; i++) {
            const result = validateAnswer(q, simulateAnswer(q, theta, params, rng), "fr");
            expect(result.ok, `${def.slug} ${q.id}: ${result.ok ? "" : result.error}`).toBe(true);
          }
        }
      }
    }
  });

  it("scores higher as ability rises (so the cohort statistics mean something)", () => {
    const rng = seededRng(2);
    const mean = (def: CaseDefinition, params: Map<string, ItemParams>, theta: number) => {
      let total = 0;
      for (let i = 0; i < 200; i++) {
        for (const q of def.stages.flatMap((s) => s.questions)) {
          const v = validateAnswer(q, simulateAnswer(q, theta, params.get(q.id)!, rng), "fr");
          if (v.ok) total += scoreQuestion(q, v.answer).points;
        }
      }
      return total / 200;
    };
    for (const def of cases) {
      const params = new Map(def.stages.flatMap((s) => s.questions).map((q) => [q.id, itemParams(q, rng)]));
      const [low, mid, high] = [-1.5, 0, 1.5].map((theta) => mean(def, params, theta));
      expect(low).toBeLessThan(mid);
      expect(mid).toBeLessThan(high);
    }
  });
});
