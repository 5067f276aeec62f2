/**
 * Dose units as written after a number ("mg/m2", "mg/kg/24 heures", "mg/m²/12h", "UI") and their
 * canonical form ("mg/m²", "mg/kg/24h"). A unit followed by another "/…" it cannot read (a lab unit
 * such as "mg/L") is not a dose unit.
 */

const PER = String.raw`(?:m²|m2|kg|k|j|jour|day|d|dia|24\s*h(?:eures?)?|12\s*h(?:eures?)?|8\s*h(?:eures?)?|h|heure|semaine|sem|week|wk|cure|cycle|injection|prise)`;

/** Matched on folded text right after a number (sticky). */
export const DOSE_UNIT = new RegExp(
  String.raw`\s*(?:(?:mg|g|µg|ug|mcg|ng|ui|u|iu|mui|mu|ml|mmol|meq|unites?|units?)(?:\s*\/\s*${PER}|\s*\.\s*${PER}\s*-\s*1)*|%)(?![\p{L}\d])(?!\s*\/)`,
  "uy",
);

/** "/24 heures" after the drug name ("80 mg d'énoxaparine/24 heures"). */
export const PER_TIME = new RegExp(String.raw`\s*\/\s*(?:j|jour|day|dia|24\s*h(?:eures?)?|12\s*h(?:eures?)?)(?![\p{L}\d])`, "uy");

export function normalizeDoseUnit(raw: string | undefined): string | undefined {
  if (!raw || !raw.trim()) return undefined;
  return raw
    .trim()
    .toLowerCase()
    .replace(/\s+/g, "")
    .replace(/μ/g, "µ")
    .replace(/^(?:ug|mcg)/, "µg")
    .replace(/^(?:iu|u|unites?|units?)(?=\/|$)/, "UI")
    .replace(/^ui/, "UI")
    .replace(/^mui/, "MUI")
    .replace(/^ml/, "mL")
    .replace(/m2(?=\/|$)/g, "m²")
    .replace(/\/(?:j|jour|day|d|dia|24h|24heures?)(?=\/|$)/g, "/24h")
    .replace(/\/12heures?(?=\/|$)/g, "/12h")
    .replace(/\/8heures?(?=\/|$)/g, "/8h");
}
