/**
 * Small grammars around a lab value, on folded text: the words allowed between an analyte and its
 * value, a flag stated in words, a value written without unit that is still a result, the label of
 * an unlisted analyte, and the context words that make a cell count the cerebrospinal fluid's.
 * Pure module.
 */
import type { LabFlag, Span } from "../types";

const LINK_WORDS = String.raw`(?:est|etait|sont|etaient|a ete|ont ete|reste|restait|revenue?s?|passee?s?|chiffree?s?|estimee?s?|mesuree?s?|calculee?s?|retrouvee?s?|dosee?s?|elevee?s?|augmentee?s?|abaissee?s?|diminuee?s?|effondree?s?|allongee?s?|anormalement|basse?s?|haute?s?|normale?s?|simplifiee?s?|en concentration|sanguine?s?|serique?s?|plasmatique?s?|dans le sang|totale?s?|a ete de|de l'ordre de|environ|jusqu'a)`;

/** Between an analyte and its value: nothing, a colon, "=", "à", "de", or a short verb phrase ("était élevée à"). */
export const TIGHT_GAP = new RegExp(String.raw`^\s*(?:(?:${LINK_WORDS})\s+)*(?::|=|a|de|d'|of|at|inferieure? a|superieure? a|<|>|≤|≥)?\s*$`, "u");

/** Words before a value that state its flag: "élevée à", "une élévation des D-dimères (…)", "effondrée à". */
const STATED: [RegExp, LabFlag][] = [
  [/(?<![\p{L}])(?:elevee?s?|augmentee?s?|haute?s?|allongee?s?|elevation|augmentation|allongement)(?![\p{L}])/u, "high"],
  [/(?<![\p{L}])(?:basse?s?|diminuee?s?|abaissee?s?|effondree?s?|diminution|effondrement|abaissement|raccourcie?s?)(?![\p{L}])/u, "low"],
  [/(?<![\p{L}])(?:normale?s?|normaux|dans les normes)(?![\p{L}])/u, "normal"],
];

export function statedFlag(foldedBefore: string): LabFlag | undefined {
  for (const [re, flag] of STATED) if (re.test(foldedBefore)) return flag;
  return undefined;
}

/** What a bare number must not be followed by to be a result without unit: a size, a duration, a count of things. */
export const NOT_A_RESULT_AFTER = /^\s*(?:cm|mm|m|km|ans?|annees?|mois|jours?|j|semaines?|heures?|h|minutes?|kg|g|°|ml|l|cycles?|cures?|paquets?|pa|x|fois|\/\s*\d+\s*(?:mm\s*hg|cm|mm)|ieme|eme|er|ere|e(?![\p{L}]))(?![\p{L}\d])/u;

/** "32/30" (patient / control) or "52/90" (first / second hour): the first number is the value. */
export const PAIRED = /^\s*\/\s*\d+(?:[.,]\d+)?(?![\d/.,])(?!\s*(?:mm\s*hg|cm|mm))/u;

/** "11, 6 g/dL": a decimal comma followed by a space inside a value with a unit. */
export const SPACED_DECIMAL = /^,[ ](\d{1,2})(?!\d)/u;

/** Values joined to the previous result of the same analyte: "de 700 à 1200", "41,4 puis 24,9", "7,8, 8,1". */
export const SERIES_GAP = /^\s*,?\s*(?:(?:et|puis|vs|contre)\s+)?(?:a\s*)?$/u;

/** Measurements that are not laboratory results. */
export const CLINICAL_LABEL = /(?<![\p{L}])(?:pression|tension|pouls|frequence|temperature|fievre|febrile|spo2|sao2|saturation|poids|taille|imc|fio2|oxygenation|oxygene|dep|debit|glasgow|gcs|score|diametre|mesurant|age|duree|dose|perfusion|injection|posologie|volume|epaisseur|longueur|distance|saignement|apgar|fraction|fevg|vems|cvf|remplissage|apport|diurese|amaigrissement|perte)(?![\p{L}])/u;

/** Words that make a cell count the cerebrospinal fluid's when they stand in its sentence. */
export const CSF_CONTEXT = /(?<![\p{L}])(?:lcr|liquide cephalo-?rachidien|ponction lombaire|csf|cerebrospinal|rachi(?:dien|enne)|meningite)(?![\p{L}])/u;

const DETERMINER = /^(?:un|une|la|le|les|des|du|d'|l'|soit|avec|et|par|pour|sa|son|ses|ce|cette|au|aux|on|notait|montrait|retrouvait|revelait|objectivait|a|de|en|sur|dans|est|etait)$/u;
const TRAILING = /(?:[\s:=(]|(?<![\p{L}])(?:a|de|d'|est|etait|ete|chiffree?|estimee?|mesuree?|calculee?|en|concentration|inferieure?|superieure?|egale?)(?![\p{L}']))*$/u;

/**
 * The label of an unlisted analyte: the words right before the value (after the last clause
 * delimiter and the last determiner, without the linking words), at most four words.
 */
export function labelBefore(folded: string, from: number, position: number): Span | undefined {
  const chunk = folded.slice(from, position);
  const trailing = TRAILING.exec(chunk);
  const end = trailing ? trailing.index : chunk.length;
  const body = chunk.slice(0, end);
  const cut = Math.max(...[",", ";", ":", "(", "\n", '"', ".", ")"].map((c) => body.lastIndexOf(c))) + 1;
  const words = [...body.slice(cut).matchAll(/\p{L}[\p{L}\d'-]*/gu)];
  let first = 0;
  for (let i = 0; i < words.length; i++) if (DETERMINER.test(words[i][0]) || /^[ld]'$/.test(words[i][0])) first = i + 1;
  const kept = words.slice(first);
  if (kept.length === 0 || kept.length > 4) return undefined;
  let start = from + cut + kept[0].index;
  if (/^[ld]'/.test(kept[0][0])) start += 2;
  const last = kept[kept.length - 1];
  const stop = from + cut + last.index + last[0].length;
  return start < stop ? { start, end: stop } : undefined;
}
