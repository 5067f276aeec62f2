/**
 * The grammar of time expressions (see time-expressions.ts), on folded text except DAY_MARK.
 * Every expression begins a word, so the dictionary pass (lib/import/dictionary-pass.ts) looks
 * them up word by word.
 */
import { flexibleSpaces } from "../text/flexible-spaces";
import { MONTH_NAMES, MONTH_NAMES_AND_ABBREVIATIONS, monthNumber } from "./months";

const B = String.raw`(?<![\p{L}\d])`;
const E = String.raw`(?![\p{L}\d])`;
const COUNT = String.raw`(?:\d+|une?|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|quelques|plusieurs|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a few|few|several|uno|una|unos|unas|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|varios|varias|pocos|pocas|algunos|algunas)`;
const UNIT = String.raw`(?:minutes?|heures?|jours?|semaines?|mois|ans?|annees?|hours?|days?|weeks?|months?|years?|horas?|dias?|semanas?|mes|meses|anos?)`;
const COURSE = String.raw`(?:cycles?|cures?|perfusions?|seances?|injections?|lignes?|courses?|infusions?|doses?|ciclos?|sesiones|infusiones)`;
const ORDINAL = String.raw`(?:premi(?:ere|er)s?|derni(?:ere|er)s?|first|last|primer(?:os|as)?|ultim(?:os|as))`;
const NTH = String.raw`(?:premier|deuxieme|second|troisieme|quatrieme|cinquieme|sixieme|septieme|huitieme|neuvieme|dixieme|quinzieme|vingtieme|trentieme|\d{1,3} ?(?:e|eme|ieme|er|ere))`;
/** What a duration or a day may be counted from: "de l'hospitalisation", "post-opératoire", "de traitement". */
const FROM = String.raw`(?: (?:post[- ]?operatoires?|postoperatoires?|d'hospitalisation|de l'hospitalisation|de (?:son |l')?(?:admission|hospitalisation|intervention)|de (?:traitement|vie)|du traitement|du diagnostic|apres (?:le |la |l')?[\p{L}-]+))?`;

export const ABSOLUTE: { re: RegExp; read: (m: RegExpExecArray) => { year?: number; month?: number } }[] = [
  {
    re: new RegExp(flexibleSpaces(`${B}(?:(?:le |the |el )?\\d{1,2}(?:er|st|nd|rd|th)? )?(${MONTH_NAMES_AND_ABBREVIATIONS})\\.?(?: \\d{1,2}(?:st|nd|rd|th)?,?)?(?: de(?:l)?)? ((?:19|20)\\d{2})${E}`), "gu"),
    read: (m) => ({ month: monthNumber(m[1]), year: Number(m[2]) }),
  },
  { re: new RegExp(`${B}(\\d{1,2})[/.](\\d{1,2})[/.]((?:19|20)\\d{2})${E}`, "gu"), read: (m) => dayMonth(m) },
  { re: new RegExp(`${B}((?:19|20)\\d{2})-(\\d{2})(?:-\\d{2})?${E}`, "gu"), read: (m) => ({ year: Number(m[1]), month: Number(m[2]) }) },
  { re: new RegExp(`${B}(\\d{1,2})/((?:19|20)\\d{2})${E}`, "gu"), read: (m) => ({ month: Number(m[1]), year: Number(m[2]) }) },
  {
    re: new RegExp(flexibleSpaces(`(?<=${B}(?:en|jusqu'en|depuis|des|debut|fin|mi-|courant|in|until|since|by|early|late|mid-?|desde|hasta|a principios de|a finales de|durant l'annee|during) )(${MONTH_NAMES})${E}(?! (?:de(?:l)? )?\\d)`), "gu"),
    read: (m) => ({ month: monthNumber(m[1]) }),
  },
  {
    re: new RegExp(flexibleSpaces(`(?<=${B}(?:en|jusqu'en|depuis|des|debut|fin|courant|in|until|since|during|early|late|desde|hasta|en el ano|annee|year) )((?:19|20)\\d{2})${E}(?![/-]\\d)`), "gu"),
    read: (m) => ({ year: Number(m[1]) }),
  },
];

export const RELATIVE = new RegExp(
  [
    `(?:(?:tres |si )?peu (?:de temps )?(?:apres|plus tard)|(?:shortly|soon|immediately) (?:after(?:wards)?|thereafter)|poco (?:tiempo )?despues)`,
    `${COUNT} ${UNIT} (?:plus tard|plus tot|auparavant|apres|avant(?! d(?:e |'))|later|earlier|after(?:wards)?|before|prior|despues|mas tarde|antes)`,
    `(?:apres|au bout d(?:e|')|a partir d(?:e|')|d'ici|after|within|over|tras|despues de|al cabo de) (?:(?:les?|la|des|the) )?(?:${ORDINAL} )?${COUNT} (?:${ORDINAL} )?(?:${UNIT}|${COURSE})(?: d(?:e |')[\\p{L}-]+)?`,
    `(?:au cours|lors) d(?:es|u|e la|e l') (?:${COUNT} )?(?:${ORDINAL} )?(?:${UNIT}|${COURSE})`,
    `(?:par la suite|ensuite|secondairement|ulterieurement|le lendemain|le surlendemain|la veille|le meme jour|dans les suites|subsequently|thereafter|the (?:next|following) (?:day|week|morning)|posteriormente|al dia siguiente)`,
    `(?:lors de|a|des|au moment de|on|at|upon|al) (?:l'|the |su |son |sa )?(?:admission|entree|hospitalisation|presentation|ingreso)`,
    `depuis (?:${COUNT} ${UNIT}|l'age de \\d{1,3} ans|plus d(?:e |')${COUNT} ${UNIT})`,
    `il y a ${COUNT} ${UNIT}`,
    `(?:au|le) ${NTH} jour${FROM}`,
    `(?:a|remont(?:e|ait|ant) a) ${COUNT} ${UNIT}${FROM}`,
    `a l'arret (?:du|de la|des|de l') ?[\\p{L}-]+(?: [\\p{L}-]+)?`,
    `(?:for|since) ${COUNT} ${UNIT}`,
    `au moment d(?:e|u|') (?:(?:notre|son|sa|la|l') ?)?(?:evaluation|diagnostic|consultation|admission)`,
    `une fois (?:le|la|l'|les) ?[\\p{L}-]+(?: [\\p{L}-]+)? (?:etabli|pose|confirme|obtenu|realise|termine|acquis)e?s?`,
    `(?:(?:on |at |a |au |le )?(?:day|jour) \\d{1,3})`,
  ]
    .map((s) => flexibleSpaces(`${B}${s}${E}`))
    .join("|"),
  "gu",
);

/** Day first (dd/mm/yyyy), unless the second number cannot be a month (mm/dd/yyyy). */
function dayMonth(m: RegExpExecArray) {
  const a = Number(m[1]);
  const b = Number(m[2]);
  return { year: Number(m[3]), month: b <= 12 ? b : a };
}

/** Matches J4, J+4, M+6 on the original text (capital letter required). */
export const DAY_MARK = /(?<![\p{L}\d])(?<!anti[ -]?)(?:J[+-]?\d{1,3}|M[+-]\d{1,2})(?![\p{L}\d])/gu;
