/**
 * Laboratory units as written after a value, and their canonical form. "G/L" (giga per litre,
 * cell counts) and "g/L" (grams per litre) differ only by case, so the case of the original text
 * decides. Dimensionally identical forms share one canonical unit: 10e3/mcl = 10^9/L = G/L,
 * /mcl = /mm³ = /µL, UI/L = U/L, kU/L = U/mL.
 */

/** Matched on folded text, right after a number (sticky). */
export const LAB_UNIT = new RegExp(
  [
    String.raw`\s*(?:`,
    String.raw`(?:[x×*]\s*)?10\s*(?:e|\^|exp|\*\*)?\s*(?:3|³|6|⁶|9|⁹|12)\s*\/\s*(?:mcl|µl|ul|mm3|mm³|l)`,
    String.raw`|\/\s*(?:mcl|µl|ul|mm3|mm³)`,
    String.raw`|(?:sur|pour|per|por|\/)\s*(?:1[ .]?000|100)\s*(?:leucocytes|globules blancs|gb|wbc|leukocytes|white blood cells|leucocitos|elements|cellules)`,
    String.raw`|(?:mg|g|µg|ug|mcg|ng|pg)\s*\/\s*(?:dl|ml|l)`,
    String.raw`|g\s*\/\s*24\s*h`,
    String.raw`|(?:mmol|µmol|umol|nmol|pmol|mol|meq)\s*\/\s*l`,
    String.raw`|(?:ui|u|iu|ku|mui|µui|mu)\s*\/\s*(?:l|ml)`,
    String.raw`|t\s*\/\s*l`,
    String.raw`|%`,
    String.raw`|fl|mmhg|mm\s*\/\s*h|sec|s`,
    String.raw`)(?![\p{L}\d/])`,
  ].join(""),
  "uy",
);

const RULES: [RegExp, string][] = [
  [/^[x×*]?10(?:e|\^|exp|\*\*)?(?:3|³)\/(?:mcl|µl|ul|mm3|mm³)$/, "G/L"],
  [/^[x×*]?10(?:e|\^|exp|\*\*)?(?:9|⁹)\/l$/, "G/L"],
  [/^[x×*]?10(?:e|\^|exp|\*\*)?(?:6|⁶)\/(?:mcl|µl|ul|mm3|mm³)$/, "T/L"],
  [/^[x×*]?10(?:e|\^|exp|\*\*)?12\/l$/, "T/L"],
  [/^\/(?:mcl|µl|ul|mm3|mm³)$/, "/µL"],
  [/^g\/dl$/, "g/dL"],
  [/^mg\/dl$/, "mg/dL"],
  [/^mg\/l$/, "mg/L"],
  [/^(?:µg|ug|mcg)\/l$/, "µg/L"],
  [/^(?:µg|ug|mcg)\/ml$/, "µg/mL"],
  [/^ng\/ml$/, "ng/mL"],
  [/^ng\/l$/, "ng/L"],
  [/^pg\/ml$/, "pg/mL"],
  [/^g\/24h$/, "g/24h"],
  [/^(?:mmol|meq)\/l$/, "mmol/L"],
  [/^(?:µmol|umol)\/l$/, "µmol/L"],
  [/^nmol\/l$/, "nmol/L"],
  [/^pmol\/l$/, "pmol/L"],
  [/^(?:ui|u|iu)\/l$/, "U/L"],
  [/^(?:ui|u|iu)\/ml$/, "U/mL"],
  [/^ku\/l$/, "U/mL"],
  [/^(?:mui|mu)\/l$/, "mU/L"],
  [/^µui\/ml$/, "mU/L"],
  [/^t\/l$/, "T/L"],
  [/^mmhg$/, "mmHg"],
  [/^mm\/h$/, "mm/h"],
  [/^fl$/, "fL"],
  [/^(?:s|sec)$/, "s"],
  [/^%$/, "%"],
];

/** Canonical form of a unit as written; `undefined` for an empty unit. */
export function normalizeLabUnit(raw: string | undefined): string | undefined {
  if (!raw || !raw.trim()) return undefined;
  const trimmed = raw.trim();
  if (/^G\s*\/\s*L$/.test(trimmed)) return "G/L";
  if (/^g\s*\/\s*l$/i.test(trimmed)) return "g/L";
  const compact = trimmed
    .toLowerCase()
    .replace(/\u03bc/g, "µ")
    .replace(/\s+/g, "");
  if (/^(?:sur|pour|per|por|\/)1\.?000/.test(compact)) return "/1000 WBC";
  if (/^(?:sur|pour|per|por|\/)100(?!\d)/.test(compact)) return "/100 WBC";
  for (const [re, canonical] of RULES) if (re.test(compact)) return canonical;
  return trimmed;
}

/** A per-volume count without multiplier, whose printed values may use "." or "," as thousands separator. */
export function isPlainCountUnit(canonical: string | undefined): boolean {
  return canonical === "/µL";
}
