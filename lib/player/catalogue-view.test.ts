/** The projection of a catalogue-menu stage (e2e case cas-raisonnement, stage 2): the case's tests are never sent. */
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadCaseFolder } from "@/lib/content/load";
import { loadCatalogue } from "@/lib/content/catalogue-load";
import type { Catalogue } from "@/lib/content/catalogue";
import type { CaseDefinition } from "@/lib/content/schema";
import type { Answer } from "@/lib/scoring/types";
import { buildAttemptView, type AttemptState } from "./build-view";

let def: CaseDefinition;
let catalogue: Catalogue;
beforeAll(async () => {
  const r = await loadCaseFolder(path.resolve(__dirname, "../../e2e/fixtures/cases/cas-raisonnement"));
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  def = r.case;
  catalogue = await loadCatalogue();
});

const stage1: [string, Answer][] = [
  ["r1", { type: "representation", text: "x" }],
  ["r2", { type: "differential", ranking: [{ id: "ep", cantMiss: true }] }],
  ["r3", { type: "qru", choice: "a" }],
];
const state = (ordered: [string, number][], over: Partial<AttemptState> = {}): AttemptState => ({
  id: "7d1f5c2e-0000-4000-8000-000000000003",
  mode: "training",
  status: "in_progress",
  currentStage: 1,
  deadlineAt: null,
  answers: new Map(stage1),
  ordered: new Map(ordered),
  catalogue,
  ...over,
});
const stage2 = (s: AttemptState) => buildAttemptView(def, s, "fr").stages[1];

describe("catalogue menu stage", () => {
  it("sends the catalogue and nothing of the case's tests before they are ordered", () => {
    const v = stage2(state([]));
    expect(v.menuKind).toBe("catalogue");
    expect(v.investigations).toEqual([]);
    expect(v.catalogue).toHaveLength(catalogue.tests.length);
    expect(v.catalogue?.find((c) => c.id === "angioscanner-thoracique")).toEqual({ id: "angioscanner-thoracique", label: "Angioscanner thoracique", synonyms: ["angio-TDM pulmonaire", "scanner des artères pulmonaires", "embolie"] });
    const json = JSON.stringify(v);
    for (const secret of ["INVLABELSENTINEL", "RESULTSENTINELANGIO", "RESULTSENTINELDDIM", "r-inv-angio", "r-inv-ddimeres", "relevance"]) expect(json).not.toContain(secret);
  });

  it("lists what was ordered, in order, with the case's result or « non contributif »", () => {
    const v = stage2(state([["catalogue:r-s2:tsh", 20], ["r-inv-angio", 10]]));
    expect(v.investigations).toEqual([
      { id: "r-inv-angio", label: "INVLABELSENTINEL angioscanner thoracique", result: "RESULTSENTINELANGIO embolie pulmonaire proximale droite.", orderedAt: 10 },
      { id: "catalogue:r-s2:tsh", label: "TSH", result: "Non contributif dans ce cas.", orderedAt: 20 },
    ]);
    expect(JSON.stringify(v)).not.toContain("RESULTSENTINELDDIM");
  });

  it("the catalogue is sent only for the stage in progress, never once finished", () => {
    expect(stage2(state([], { status: "finished" })).catalogue).toBeUndefined();
  });
});

describe("the shared catalogue", () => {
  it("holds 80 to 150 tests with unique ids", () => {
    expect(catalogue.tests.length).toBeGreaterThanOrEqual(80);
    expect(catalogue.tests.length).toBeLessThanOrEqual(150);
    expect(new Set(catalogue.tests.map((t) => t.id)).size).toBe(catalogue.tests.length);
  });
});
