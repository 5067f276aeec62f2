import { describe, expect, it } from "vitest";
import { scoreAttempt } from "./attempt";
import { scoreInvestigations } from "./investigations";
import { scoreNonContributory } from "./catalogue";

const investigations = [
  { id: "angio", label: "Angioscanner", relevance: "essential" as const, points: 1, result: "r", rationale: "r", catalogue: ["angioscanner-thoracique"] },
  { id: "ddim", label: "D-dimères", relevance: "unnecessary" as const, points: -0.5, result: "r", rationale: "r", catalogue: ["d-dimeres"] },
];
const stage = { id: "s2", menu: "catalogue" as const, nonContributoryPoints: -0.5 };

describe("non-contributory catalogue tests", () => {
  it("each costs the stage's points, with its reason and label", () => {
    const ordered = ["angio", "catalogue:s2:tsh", "catalogue:s2:crp"];
    const s = scoreNonContributory(stage, ordered, scoreInvestigations(investigations, ordered), new Map([["tsh", "TSH"]]));
    expect(s.points).toBe(0);
    expect(s.max).toBe(1);
    expect(s.wasteful).toEqual(["catalogue:s2:tsh", "catalogue:s2:crp"]);
    expect(s.reasons).toEqual([
      { rule: "investigation.non-contributory", params: { investigation: "catalogue:s2:tsh", label: "TSH", points: -0.5 } },
      { rule: "investigation.non-contributory", params: { investigation: "catalogue:s2:crp", label: "crp", points: -0.5 } },
    ]);
  });

  it("default cost −0.5; another stage's or a list stage's requests are ignored", () => {
    const ordered = ["catalogue:s2:tsh", "catalogue:s3:tsh"];
    expect(scoreNonContributory({ id: "s2", menu: "catalogue" }, ordered, scoreInvestigations([], ordered)).points).toBe(-0.5);
    expect(scoreNonContributory({ id: "s2", menu: "list" }, ordered, scoreInvestigations([], ordered)).points).toBe(0);
  });

  it("in an attempt: a defined test scores as today, an undefined one as an unnecessary one, floor at 0 kept", () => {
    const def = {
      objectives: [{ id: "o", text: "o" }],
      stages: [{ ...stage, title: "t", narrative: "n", sources: [], findings: [], errata: [], investigations, questions: [] }],
    };
    expect(scoreAttempt(def, {}, ["angio", "catalogue:s2:tsh"])).toMatchObject({ total: 0.5, max: 1, mark20: 10 });
    expect(scoreAttempt(def, {}, ["angio", "ddim", "catalogue:s2:tsh", "catalogue:s2:nfs"])).toMatchObject({ rawTotal: -0.5, total: 0, mark20: 0 });
  });
});
