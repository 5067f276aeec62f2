/** case:check on the question-by-question fields: question errata, new information quotes, the menu's closing question. */
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { isAcceptedLeak } from "./accepted-leaks";
import { checkCase as checkAll } from "./check";
import { loadCaseFolder } from "./load";
import type { CaseDefinition } from "./schema";

let def: CaseDefinition;
beforeAll(async () => {
  const r = await loadCaseFolder(path.resolve(__dirname, "../../e2e/fixtures/cases/cas-sentinelle"));
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  def = r.case;
});

// The sentinel's one tolerated leak (accepted-leaks.ts) is loaded as a warning: left out here.
const checkCase = (c: CaseDefinition, files: string[]) => checkAll(c, files).filter((e) => !isAcceptedLeak("cas-sentinelle", { ...e, file: `stages/${e.file}`, message: e.message.replace("(1.yaml:", "(stages/1.yaml:") }));

const withStage0 = (change: (s: CaseDefinition["stages"][number]) => CaseDefinition["stages"][number]) => ({
  ...def,
  stages: def.stages.map((s, i) => (i === 0 ? change(s) : s)),
});

describe("checkCase", () => {
  it("accepts the sentinel case (new information and an erratum on question 2)", () => {
    expect(checkCase(def, ["1.yaml", "2.yaml", "3.yaml"])).toEqual([]);
  });

  it("refuses an erratum id on a question that case.yaml does not declare", () => {
    const bad = withStage0((s) => ({ ...s, questions: s.questions.map((q) => (q.id === "q2" ? { ...q, errata: ["err-nope"] } : q)) }));
    expect(checkCase(bad, ["1.yaml", "2.yaml", "3.yaml"])).toEqual([
      { file: "1.yaml", path: "questions[1].errata[0]", message: "erratum inconnu : « err-nope » (à déclarer dans case.yaml, errata)" },
    ]);
  });

  it("refuses a menu closing before a question of another stage, or before the first one of a stage without tests", () => {
    const other = checkCase(withStage0((s) => ({ ...s, menuClosesBefore: "q3" })), ["1.yaml", "2.yaml", "3.yaml"]);
    expect(other.map((e) => [e.file, e.path])).toEqual([["1.yaml", "menuClosesBefore"]]);
    expect(other[0].message).toContain("« q3 »");
    const noTests = checkCase(withStage0((s) => ({ ...s, investigations: [], menuClosesBefore: "q1" })), ["1.yaml", "2.yaml", "3.yaml"]);
    expect(noTests.map((e) => [e.file, e.path, e.message])).toEqual([
      ["1.yaml", "menuClosesBefore", "le menu se ferme avant la première question, mais l'étape ne propose aucun examen : ajoutez des examens, ou omettez ce champ"],
    ]);
  });

  it("accepts a menu closing before the stage's first question (the learner says when ordering is done) or a later one", () => {
    expect(checkCase(withStage0((s) => ({ ...s, menuClosesBefore: "q1" })), ["1.yaml", "2.yaml", "3.yaml"])).toEqual([]);
    expect(checkCase(withStage0((s) => ({ ...s, menuClosesBefore: "q2" })), ["1.yaml", "2.yaml", "3.yaml"])).toEqual([]);
  });
});
