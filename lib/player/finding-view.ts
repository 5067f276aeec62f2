/** A finding as the learner's browser receives it (values as text, no source quotes). */
import type { Finding } from "@/lib/content/schema";
import type { FindingView } from "./view-types";

/** Numbers in the learner's locale (one decimal separator everywhere: "1,5" in French); text as written. */
function valueText(v: number | string, locale: "fr" | "en"): string {
  return typeof v === "number" ? new Intl.NumberFormat(locale === "fr" ? "fr-FR" : "en-GB", { maximumFractionDigits: 6, useGrouping: false }).format(v) : v;
}

export function findingView(f: Finding, locale: "fr" | "en" = "fr"): FindingView {
  switch (f.kind) {
    case "vitals":
      return { kind: "vitals", title: f.title, items: f.items.map((i) => ({ label: i.label, value: valueText(i.value, locale), unit: i.unit })) };
    case "lab":
      return {
        kind: "lab",
        title: f.title,
        date: f.date,
        rows: f.rows.map((r) => ({ analyte: r.analyte, value: valueText(r.value, locale), unit: r.unit, range: r.range, flag: r.flag, note: r.note })),
      };
    default:
      return { kind: f.kind, title: f.title, text: f.text };
  }
}
