import { describe, expect, it } from "vitest";
import { htmlToText } from "./html-to-text";

describe("htmlToText", () => {
  it("puts blocks on their own lines and table rows on one line with tab-separated cells", () => {
    const html =
      "<h2>Examens complémentaires</h2><p>Bilan :</p><table><tr><td><p>Hémoglobine</p></td><td><p>8,1 g/dL</p></td><td><p>12-16</p></td></tr><tr><td><p>CRP</p></td><td><p>85 mg/L</p></td><td><p>&lt; 5</p></td></tr></table><p>Suite&nbsp;: J4.</p>";
    expect(htmlToText(html)).toBe("Examens complémentaires\n\nBilan :\n\nHémoglobine\t8,1 g/dL\t12-16\nCRP\t85 mg/L\t< 5\n\nSuite\u00a0: J4.");
  });

  it("decodes numeric entities", () => {
    expect(htmlToText("<p>10&#8239;000/&#xB5;L</p>")).toBe("10\u202f000/µL");
  });
});
