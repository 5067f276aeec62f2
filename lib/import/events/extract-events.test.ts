import { describe, expect, it } from "vitest";
import { extractEvents } from "./extract-events";

const timeline = (text: string) => extractEvents(text).map((e) => [e.text, e.kind, e.date ?? e.after ?? null]);

describe("extractEvents — absolute dates", () => {
  it("sorts French month-year dates and keeps spans exact", () => {
    const text =
      "Elle a consulté en janvier 2013. Le traitement s'est terminé en août 2013 et, en août 2015, une mastectomie a été réalisée. Elle a débuté une hormonothérapie en septembre 2013.";
    const events = extractEvents(text);
    expect(events.map((e) => [e.text, e.date, e.order])).toEqual([
      ["janvier 2013", "2013-01", 0],
      ["août 2013", "2013-08", 1],
      ["septembre 2013", "2013-09", 2],
      ["août 2015", "2015-08", 3],
    ]);
    for (const e of events) {
      expect(text.slice(e.span.start, e.span.end)).toBe(e.text);
      expect(text.slice(e.descriptionSpan.start, e.descriptionSpan.end)).toBe(e.description);
    }
    expect(events[1].description).toBe("Le traitement s'est terminé en août 2013");
    expect(events[3].description).toBe("en août 2015, une mastectomie a été réalisée.");
  });

  it("reads English, Spanish and numeric dates", () => {
    expect(timeline("In March 2025 she was admitted. En marzo de 2024 se inició el tratamiento. Contrôle le 12/03/2023, puis IRM 2023-06.")).toEqual([
      ["12/03/2023", "absolute", "2023-03"],
      ["2023-06", "absolute", "2023-06"],
      ["marzo de 2024", "absolute", "2024-03"],
      ["March 2025", "absolute", "2025-03"],
    ]);
  });

  it("infers the year of a month written alone from the previous date", () => {
    const events = extractEvents("Chimiothérapie en novembre 2015. Le traitement s'est poursuivi jusqu'en février. Décès en mai 2016.");
    expect(events.map((e) => [e.text, e.date, e.yearInferred ?? false])).toEqual([
      ["novembre 2015", "2015-11", false],
      ["février", "2016-02", true],
      ["mai 2016", "2016-05", false],
    ]);
  });

  it("reads a year after a preposition but not a bare number", () => {
    expect(timeline("Traitée par létrozole depuis 2021. Elle a 2013 raisons.")).toEqual([["2021", "absolute", "2021"]]);
  });
});

describe("extractEvents — relative times", () => {
  it("places relative times after the preceding absolute date, in text order", () => {
    const text =
      "Peu de temps avant, rien. Son état a débuté en mars 2025. Peu après, elle a présenté un méléna. Après plusieurs semaines, une hyperleucocytose est apparue. Par la suite, des monoblastes. Décès quelques semaines plus tard.";
    expect(timeline(text)).toEqual([
      ["mars 2025", "absolute", "2025-03"],
      ["Peu après", "relative", "2025-03"],
      ["Après plusieurs semaines", "relative", "2025-03"],
      ["Par la suite", "relative", "2025-03"],
      ["quelques semaines plus tard", "relative", "2025-03"],
    ]);
  });

  it("puts relative times before any date first", () => {
    expect(timeline("À J4, fièvre. À M+6, rémission. En janvier 2020, rechute.")).toEqual([
      ["J4", "relative", null],
      ["M+6", "relative", null],
      ["janvier 2020", "absolute", "2020-01"],
    ]);
  });

  it("reads treatment-relative times and anchors", () => {
    expect(
      timeline(
        "Chimiothérapie en novembre 2015. Au cours des quatre premières perfusions, pancytopénie. Après 5 perfusions, Hb 10,3 g/dl. Finalement, après deux cycles de capécitabine, décès, 7 mois après le diagnostic. Lors de l'admission, bilan.",
      ).map(([t]) => t),
    ).toEqual(["novembre 2015", "Au cours des quatre premières perfusions", "Après 5 perfusions", "après deux cycles de capécitabine", "7 mois après", "Lors de l'admission"]);
  });

  it("reads English and Spanish relative times", () => {
    expect(timeline("Two weeks later she relapsed. Shortly after, fever. Tres semanas después, mejoría. Poco después, alta.").map(([t]) => t)).toEqual([
      "Two weeks later",
      "Shortly after",
      "Tres semanas después",
      "Poco después",
    ]);
  });

  it("does not take schedules or ages for events", () => {
    expect(timeline("Docétaxel tous les 21 jours pendant 4 cycles chez une femme de 41 ans.")).toEqual([]);
  });
});
