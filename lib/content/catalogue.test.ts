import { describe, expect, it } from "vitest";
import { catalogueLinkErrors, catalogueSchema, nonContributoryId, nonContributoryTest } from "./catalogue";
import type { Stage } from "./schema";

const inv = (id: string, catalogue?: string[]) => ({ id, label: id, relevance: "useful" as const, points: 0, result: "r", rationale: "r", ...(catalogue ? { catalogue } : {}) });
const stage = (investigations: Stage["investigations"], menu?: "catalogue"): Stage => ({ id: "s", title: "t", narrative: "n", sources: [], findings: [], questions: [], errata: [], investigations, ...(menu ? { menu } : {}) });
const known = new Set(["nfs", "crp"]);

describe("catalogue links", () => {
  it("accepts known, unique links", () => expect(catalogueLinkErrors(stage([inv("a", ["nfs"]), inv("b", ["crp"])], "catalogue"), known)).toEqual([]));
  it("reports an unlinked test in a catalogue stage, an unknown id and a test linked twice", () => {
    expect(catalogueLinkErrors(stage([inv("a"), inv("b", ["zzz", "nfs"]), inv("c", ["nfs"])], "catalogue"), known)).toEqual([
      { path: "investigations[0].catalogue", message: "dans une étape au menu « catalogue », chaque examen doit être relié à au moins un examen du catalogue" },
      { path: "investigations[1].catalogue[0]", message: "« zzz » n'est pas un examen du catalogue (content/catalogue/tests.yaml)" },
      { path: "investigations[2].catalogue[0]", message: "« nfs » est déjà relié à l'examen « b » de cette étape" },
    ]);
  });
  it("a list stage needs no link", () => expect(catalogueLinkErrors(stage([inv("a")]), known)).toEqual([]));
});

describe("non-contributory ids", () => {
  it("round-trip per stage", () => {
    expect(nonContributoryId("s1", "tsh")).toBe("catalogue:s1:tsh");
    expect(nonContributoryTest("s1", "catalogue:s1:tsh")).toBe("tsh");
    expect(nonContributoryTest("s2", "catalogue:s1:tsh")).toBeNull();
    expect(nonContributoryTest("s1", "inv-radio")).toBeNull();
  });
});

describe("catalogue schema", () => {
  it("refuses a repeated id", () => {
    const r = catalogueSchema.safeParse({ tests: [{ id: "a", label: "A", category: "x" }, { id: "a", label: "B", category: "x" }] });
    expect(r.success).toBe(false);
  });
});
