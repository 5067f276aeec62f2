import { afterAll, describe, expect, it } from "vitest";
import { loadCaseFolder } from "./load";
import { cleanupFixtureVariants, fixtureVariant } from "./test-fixture";
import { R2C_COMPLETE, r2cItem, r2cItems } from "@/lib/r2c/items";

afterAll(cleanupFixtureVariants);

describe("EDN items in the case format", () => {
  it("accepts items of the shipped list on the case, an objective and a question", async () => {
    const dir = await fixtureVariant({
      "case.yaml": [["objectives:\n  - id: diag-anemie\n", "edn: [{ item: 213, rank: A }]\nobjectives:\n  - id: diag-anemie\n    edn: [{ item: 212, rank: A }]\n"]],
      "01-accueil.yaml": [["    objectives: [diag-anemie]\n    explanation: VGM 68 fL < 80 fL.", "    objectives: [diag-anemie]\n    edn: [{ item: 219, rank: B }]\n    explanation: VGM 68 fL < 80 fL."]],
    });
    const r = await loadCaseFolder(dir);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.case.edn).toEqual([{ item: 213, rank: "A" }]);
    expect(r.case.objectives[0].edn).toEqual([{ item: 212, rank: "A" }]);
    expect(r.case.stages[0].questions[0].edn).toEqual([{ item: 219, rank: "B" }]);
  });

  it("refuses an item number missing from the list, naming file and path", async () => {
    const dir = await fixtureVariant({
      "case.yaml": [["objectives:\n  - id: diag-anemie\n", "objectives:\n  - id: diag-anemie\n    edn: [{ item: 212, rank: A }, { item: 999, rank: A }]\n"]],
      "01-accueil.yaml": [["    objectives: [diag-anemie]\n    explanation: VGM 68 fL < 80 fL.", "    objectives: [diag-anemie]\n    edn: [{ item: 212, rank: A }, { item: 212, rank: B }]\n    explanation: VGM 68 fL < 80 fL."]],
    });
    const r = await loadCaseFolder(dir);
    if (r.ok) throw new Error("expected errors");
    expect(r.errors.map(({ file, path, message }) => ({ file, path, message }))).toEqual([
      { file: "case.yaml", path: "objectives[0].edn[1].item", message: "item EDN inconnu : 999 (absent de la liste R2C livrée, content/r2c/items.json)" },
      { file: "01-accueil.yaml", path: "questions[0].edn[1].item", message: "item EDN en double : 212" },
    ]);
  });

  it("refuses a rank other than A or B", async () => {
    const dir = await fixtureVariant({ "case.yaml": [["objectives:\n  - id: diag-anemie\n", "edn: [{ item: 213, rank: C }]\nobjectives:\n  - id: diag-anemie\n"]] });
    const r = await loadCaseFolder(dir);
    if (r.ok) throw new Error("expected errors");
    expect(r.errors[0]).toMatchObject({ file: "case.yaml", path: "edn[0].rank" });
  });
});

describe("the shipped R2C list", () => {
  it("holds the 367 items of the 2023 programme, once each and in number order, and titles the items the cases use", () => {
    expect(r2cItems().map((i) => i.number)).toEqual(Array.from({ length: 367 }, (_, i) => i + 1));
    expect(R2C_COMPLETE).toBe(true);
    expect(r2cItems().every((i) => i.title.trim() === i.title && i.title.length > 0)).toBe(true);
    expect(r2cItem(312)?.title).toBe("Tumeurs du sein");
    expect(r2cItem(315)?.title).toBe("Leucémies aiguës");
    expect(r2cItem(316)?.title).toBe("Syndromes myélodysplasiques");
    expect(r2cItem(367)?.title).toBe("Impact de l'environnement sur la santé.");
    expect(r2cItem(0)).toBeUndefined();
    expect(r2cItem(368)).toBeUndefined();
  });
});
