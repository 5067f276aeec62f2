/**
 * Laboratory units as written after a value, and their canonical form. "G/L" (giga per litre,
 * cell counts) and "g/L" (grams per litre) differ only by case, so the case of the original text
 * decides. Dimensionally identical forms share one canonical unit: 10e3/mcl = 10^9/L = G/L,
 * /mcl = /mm³ = /µL, UI/L = U/L, kU/L = U/mL.
 */

/** Cell words that may stand between a count and its volume ("4100 Elts/mm3", "14 400 éléments par mm 3"). */
const COUNT_WORD = String.raw`(?:elements?|elts?|cellules|leucocytes|globules (?:blancs|rouges)|plaquettes|hematies|gb|gr)`;
const PER_VOLUME = String.raw`(?:mcl|µl|ul|mm\s?3|mm³)`;

/**
 * A unit grammar rather than a list: a mass, amount or activity with a SI prefix over a volume or a
 * time ("mg/L", "µmol/l", "UI/ml", "g/24 h", "ng/mL"), a count per volume with or without a
 * multiplier or a cell word ("x 10e3/mcl", "Elts/mm3", "éléments par mm 3"), a count per 100 or
 * 1 000 cells, a percentage ("%", "pour cent"), a multiple of normal ("6 fois la normale"), and
 * the French words for units ("secondes", "femtolitres", "picogrammes"). Matched on folded text,
 * right after a number (sticky).
 */
export const LAB_UNIT = new RegExp(
  [
    String.raw`\s*(?:`,
    String.raw`(?:[x×*]\s*)?10\s*(?:e|\^|exp|\*\*)?\s*(?:3|³|6|⁶|9|⁹|12)\s*\/\s*(?:${PER_VOLUME}|l)`,
    String.raw`|(?:${COUNT_WORD}\s*)?(?:\/|par)\s*${PER_VOLUME}`,
    String.raw`|(?:sur|pour|per|por|\/)\s*(?:1[ .]?000|100)\s*(?:leucocytes|globules blancs|gb|wbc|leukocytes|white blood cells|leucocitos|elements|cellules)`,
    String.raw`|(?:(?:k|m|µ|u|mc|n|p)?(?:g|mol|eq)|(?:k|m|µ)?(?:ui|u|iu)|ufc)\s*(?:\/|par)\s*(?:(?:d|m|µ|u)?l|litre|24\s*h(?:eures)?|24)`,
    String.raw`|ml\s*\/\s*min(?:\s*\/\s*1[.,]73\s*m\s*(?:2|²))?`,
    String.raw`|t\s*\/\s*l`,
    String.raw`|%|pour\s?cent`,
    String.raw`|fois (?:la|le) (?:normale|limite superieure(?: de la normale)?)`,
    String.raw`|mm(?=\s*(?:a la (?:1ere|premiere) heure|\/\s*h))(?:\s*\/\s*h)?`,
    String.raw`|fl|femtolitres?|pg|picogrammes?|mmhg|sec(?:ondes?)?|s|min(?:utes?)?`,
    String.raw`)(?![\p{L}\d/])`,
  ].join(""),
  "uy",
);

/** Units of a concentration, an activity or a count: a value carrying one is a laboratory result even when its analyte is unknown. */
export function isConcentrationUnit(canonical: string | undefined): boolean {
  if (!canonical) return false;
  return /\/(?:µL|L|dL|mL|24h)$|^[GT]\/L$|\/1000 WBC|\/100 WBC/.test(canonical) || /^(?:(?:k|m|µ|u|mc|n|p)?(?:g|mol|eq)|(?:k|m|µ)?(?:ui|u|iu))\/(?:d|m|µ)?l$/i.test(canonical);
}

const RULES: [RegExp, string][] = [
  [/^[x×*]?10(?:e|\^|exp|\*\*)?(?:3|³)\/(?:mcl|µl|ul|mm3|mm³)$/, "G/L"],
  [/^[x×*]?10(?:e|\^|exp|\*\*)?(?:9|⁹)\/l$/, "G/L"],
  [/^[x×*]?10(?:e|\^|exp|\*\*)?(?:6|⁶)\/(?:mcl|µl|ul|mm3|mm³)$/, "T/L"],
  [/^[x×*]?10(?:e|\^|exp|\*\*)?12\/l$/, "T/L"],
  [/^(?:elements?|elts?|cellules|leucocytes|globules(?:blancs|rouges)|plaquettes|hematies|éléments?|gb|gr)?(?:\/|par)(?:mcl|µl|ul|mm3|mm³)$/, "/µL"],
  [/^g\/24(?:h|heures)?$/, "g/24h"],
  [/^ml\/min\/1[.,]73m(?:2|²)$/, "mL/min/1.73m²"],
  [/^ml\/min$/, "mL/min"],
  [/^fois(?:la|le)/, "× N"],
  [/^pourcent$/, "%"],
  [/^femtolitres?$/, "fL"],
  [/^picogrammes?$/, "pg"],
  [/^(?:min|minutes?)$/, "min"],
  [/^secondes?$/, "s"],
  [/^g\/dl$/, "g/dL"],
  [/^mg\/dl$/, "mg/dL"],
  [/^mg\/l$/, "mg/L"],
  [/^(?:µg|ug|mcg)\/l$/, "µg/L"],
  [/^(?:µg|ug|mcg)\/ml$/, "µg/mL"],
  [/^ng\/ml$/, "ng/mL"],
  [/^ng\/l$/, "ng/L"],
  [/^pg\/ml$/, "pg/mL"],
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

/** Units already normalised: a document writes the same few units thousands of times. */
const normalised = new Map<string, string>();

/** Canonical form of a unit as written; `undefined` for an empty unit. */
export function normalizeLabUnit(raw: string | undefined): string | undefined {
  if (!raw || !raw.trim()) return undefined;
  let canonical = normalised.get(raw);
  if (canonical === undefined) {
    if (normalised.size > 10_000) normalised.clear();
    normalised.set(raw, (canonical = canonicalUnit(raw)));
  }
  return canonical;
}

function canonicalUnit(raw: string): string {
  const trimmed = raw.trim();
  if (/^G\s*\/\s*L$/.test(trimmed)) return "G/L";
  if (/^g\s*\/\s*l$/i.test(trimmed)) return "g/L";
  const compact = trimmed
    .toLowerCase()
    .replace(/\u03bc/g, "µ")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
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
