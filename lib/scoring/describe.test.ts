import { describe, expect, it } from "vitest";
import { describeReason } from "./describe";
import { RULES } from "./reasons";

describe("describeReason", () => {
  it.each(RULES)("%s has its own French and English sentence", (rule) => {
    for (const locale of ["fr", "en"] as const) {
      const s = describeReason({ rule, params: {} }, locale);
      expect(s).not.toMatch(/Points (perdus|lost)/);
      expect(s.length).toBeGreaterThan(10);
    }
  });

  it("renders French numbers and quotes", () => {
    expect(describeReason({ rule: "qrm.discordance", params: { count: 2, credit: 0.2 } })).toBe(
      "2 discordances : crédit de 0,2 sur 1 (barème : 0 discordance → 1 ; 1 → 0,5 ; 2 → 0,2 ; 3 ou plus → 0).",
    );
    expect(describeReason({ rule: "pmz.missed", params: { option: "b", text: "Transfusion" } }, "fr")).toBe(
      "Réponse indispensable (PMZ) non cochée : « Transfusion ». La question vaut 0, quelles que soient les autres réponses.",
    );
    expect(describeReason({ rule: "tcs.partial", params: { given: "0", modal: ["-1", "+1"], experts: 2, modalExperts: 5, credit: 0.4 } })).toBe(
      "Votre réponse 0 a été choisie par 2 experts ; la réponse modale (-1 ou +1) par 5 : crédit de 2/5.",
    );
  });

  it("renders English", () => {
    expect(describeReason({ rule: "qrp.too-many", params: { ticked: 4, n: 3 } }, "en")).toBe("4 options ticked but at most 3 were allowed: the question scores 0.");
    expect(describeReason({ rule: "numeric.out-of-range", params: { given: 2.5, expected: 1.5, unit: "mg", min: 1.4, max: 1.6 } }, "en")).toBe(
      "2.5 mg is outside the accepted range (1.4 to 1.6 mg); expected answer: 1.5 mg.",
    );
  });

  it("falls back for an unknown code", () => expect(describeReason({ rule: "new.rule" })).toBe("Points perdus (new.rule)."));
});
