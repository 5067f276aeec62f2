/**
 * Administration schedules written after a dose or a drug: "tous les 21 jours", "par jour",
 * "hebdomadaire", "tous les trimestres", "pendant 4 cycles", "deux fois par jour", "every 3 weeks",
 * "daily", "on days 1-3", "J1-J8", "cada 21 días"… Consecutive schedule phrases are read as one ("tous les 21 jours
 * pendant 4 cycles"). Matched on folded text.
 */
import { flexibleSpaces } from "../text/flexible-spaces";

const N = String.raw`(?:\d+|une?|deux|trois|quatre|cinq|six|sept|huit|dix|douze|one|two|three|four|five|six|eight|ten|twelve|uno|una|dos|tres|cuatro|cinco|seis|ocho|diez)`;
const PERIOD = String.raw`(?:heures?|h|jours?|semaines?|mois|trimestres?|ans|hours?|days?|weeks?|months?|horas|dias|semanas|meses)`;

const PHRASE = [
  String.raw`(?:tous|toutes) les (?:${N} )?${PERIOD}`,
  String.raw`(?:${N} fois )?par (?:jour|semaine|mois|cure|24 ?h)`,
  String.raw`(?:${N} fois )?(?:a|al|por) (?:dia|semana)`,
  String.raw`(?:hebdomadaires?|mensuel(?:le)?s?|quotidien(?:ne)?s?|journaliers?|en continu|en une prise)`,
  String.raw`(?:pendant|durant|sur|for|over|durante) ${N} (?:cycles?|cures?|ciclos?|courses?|${PERIOD})`,
  String.raw`(?:x ?${N} ?\/ ?(?:j|jour|semaine))`,
  String.raw`(?:(?:once|twice|${N} times) )?(?:daily|weekly|monthly|a day|a week|per day|per week)`,
  String.raw`every (?:${N} )?${PERIOD}`,
  String.raw`cada (?:${N} )?${PERIOD}`,
  String.raw`(?:diari[ao]|semanal|mensual)`,
  String.raw`(?:q ?\d+ ?(?:h|d|w)|bid|tid|qid|qd)`,
  String.raw`(?:a |de |du )?j\d+(?: ?(?:-|a|au|et|,) ?j?\d+)+`,
  String.raw`(?:on )?days? \d+(?: ?(?:-|to|and|,) ?\d+)+`,
].map(flexibleSpaces).join("|");

/** A schedule starting within a comma or a few spaces of `position` (sticky). */
const SCHEDULE = new RegExp(String.raw`\s*,?\s*((?:${PHRASE})(?:\s*,?\s*(?:${PHRASE}))*)(?![\p{L}\d])`, "uy");

export function readSchedule(folded: string, position: number): { start: number; end: number } | undefined {
  SCHEDULE.lastIndex = position;
  const m = SCHEDULE.exec(folded);
  if (!m) return undefined;
  const start = m.index + m[0].indexOf(m[1]);
  return { start, end: start + m[1].length };
}
