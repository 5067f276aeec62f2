/** Renders a scoring reason as a sentence for the debrief, in French (default) or English. */
import type { RuleCode } from "./reasons";
import type { Reason } from "./types";

export type Locale = "fr" | "en";
type Params = NonNullable<Reason["params"]>;
type Render = (p: Params, f: Fmt) => string;
type Fmt = { n: (v: unknown) => string; q: (v: unknown) => string; pl: (count: unknown, one: string, many: string) => string; list: (v: unknown) => string };

// Building an Intl.NumberFormat is costly and every feedback sentence needs one: keep one per locale.
const numberFormats: Partial<Record<Locale, Intl.NumberFormat>> = {};

function fmt(locale: Locale): Fmt {
  const nf = (numberFormats[locale] ??= new Intl.NumberFormat(locale === "fr" ? "fr-FR" : "en-GB", { maximumFractionDigits: 2 }));
  const n = (v: unknown) => (typeof v === "number" ? nf.format(v) : String(v ?? ""));
  const list = (v: unknown) => (Array.isArray(v) ? v.map(n).join(locale === "fr" ? " ou " : " or ") : n(v));
  return {
    n,
    list,
    q: (v) => (locale === "fr" ? `« ${String(v ?? "")} »` : `“${String(v ?? "")}”`),
    // French: 0 and 1 take the singular; English: only 1 does.
    pl: (count, one, many) => {
      const c = Math.abs(Number(count));
      return (locale === "fr" ? c < 2 : c === 1) ? one : many;
    },
  };
}

// Typed by RuleCode so that adding a rule without its sentence fails to compile.
const FR: Record<RuleCode, Render> = {
  "question.unanswered": () => "Question sans réponse : 0 point.",
  "question.type-mismatch": (p) => `Réponse d'un type inattendu (${p.given} au lieu de ${p.expected}) : 0 point.`,
  "option.missed": (p, f) => `Bonne réponse non cochée : ${f.q(p.text)}.`,
  "option.wrong": (p, f) => `Mauvaise réponse cochée : ${f.q(p.text)}.`,
  "zone.missed": (p, f) => `Élément attendu non sélectionné : ${f.q(p.text)}.`,
  "zone.wrong": (p, f) => `Élément sélectionné à tort : ${f.q(p.text)}.`,
  "pmz.missed": (p, f) => `Réponse indispensable (PMZ) non cochée : ${f.q(p.text)}. La question vaut 0, quelles que soient les autres réponses.`,
  "inacceptable.ticked": (p, f) => `Réponse inacceptable cochée : ${f.q(p.text)}. La question vaut 0, quelles que soient les autres réponses.`,
  "qru.wrong": (p, f) => `Vous avez choisi ${f.q(p.text)} ; la bonne réponse était ${f.q(p.expectedText)}.`,
  "qrm.discordance": (p, f) =>
    `${f.n(p.count)} ${f.pl(p.count, "discordance", "discordances")} : crédit de ${f.n(p.credit)} sur 1 (barème : 0 discordance → 1 ; 1 → 0,5 ; 2 → 0,2 ; 3 ou plus → 0).`,
  "qrp.too-many": (p, f) => `${f.n(p.ticked)} réponses cochées alors qu'il en fallait ${f.n(p.n)} au plus : la question vaut 0.`,
  "qrp.partial": (p, f) => `${f.n(p.right)} ${f.pl(p.right, "bonne réponse", "bonnes réponses")} sur ${f.n(p.n)} attendues : crédit de ${f.n(p.right)}/${f.n(p.n)}.`,
  "qroc.wrong": (p, f) => `Votre réponse ${f.q(p.given)} ne correspond pas à la réponse attendue ${f.q(p.expected)}.`,
  "numeric.out-of-range": (p, f) =>
    `${f.n(p.given)} ${p.unit} est hors de l'intervalle accepté (${f.n(p.min)} à ${f.n(p.max)} ${p.unit}) ; réponse attendue : ${f.n(p.expected)} ${p.unit}.`,
  "ordering.fixed-misplaced": (p, f) =>
    `${f.q(p.text)} devait être en position ${f.n(p.expected)}${p.given ? ` (vous l'avez placé en position ${f.n(p.given)})` : ""} : la question vaut 0.`,
  "ordering.pair-inverted": (p, f) => `${f.q(p.first)} devait précéder ${f.q(p.second)}.`,
  "ordering.swaps": (p, f) =>
    `${f.n(p.count)} ${f.pl(p.count, "paire inversée", "paires inversées")}, ${f.n(p.perSwap)} de moins chacune : crédit de ${f.n(p.credit)} sur 1.`,
  "tcs.partial": (p, f) =>
    `Votre réponse ${p.given} a été choisie par ${f.n(p.experts)} ${f.pl(p.experts, "expert", "experts")} ; la réponse modale (${f.list(p.modal)}) par ${f.n(p.modalExperts)} : crédit de ${f.n(p.experts)}/${f.n(p.modalExperts)}.`,
  "differential.absent": (p, f) => `Diagnostic attendu absent de votre liste : ${f.q(p.text)} (rang ${f.n(p.expected)} de l'auteur).`,
  "differential.rank": (p, f) => `${f.q(p.text)} classé au rang ${f.n(p.given)} au lieu du rang ${f.n(p.expected)}.`,
  "differential.cant-miss-absent": (p, f) => `Diagnostic à ne pas manquer absent de votre liste : ${f.q(p.text)}.`,
  "differential.cant-miss-unflagged": (p, f) => `${f.q(p.text)} est un diagnostic à ne pas manquer : vous ne l'avez pas signalé comme tel.`,
  "differential.false-alarm": (p, f) => `${f.q(p.text)} signalé « à ne pas manquer » à tort (annule une demi-détection).`,
  "differential.credit": (p, f) =>
    `Présence ${f.n(p.presence)} × 0,5 + rang ${f.n(p.rank)} × 0,2 + « à ne pas manquer » ${f.n(p.cantMiss)} × 0,3 : crédit de ${f.n(p.credit)} sur 1.`,
  "investigation.essential-missed": (p, f) => `Examen essentiel non demandé : ${f.q(p.label)} (${f.n(p.points)} ${f.pl(p.points, "point non obtenu", "points non obtenus")}).`,
  "investigation.unnecessary": (p, f) => `Examen inutile demandé : ${f.q(p.label)} (${f.n(p.points)} ${f.pl(p.points, "point", "points")}).`,
  "investigation.harmful": (p, f) => `Examen délétère ou injustifié demandé : ${f.q(p.label)} (${f.n(p.points)} ${f.pl(p.points, "point", "points")}).`,
  "investigation.non-contributory": (p, f) =>
    `Examen non contributif dans ce cas demandé : ${f.q(p.label)} (${f.n(p.points)} ${f.pl(p.points, "point", "points")}, comme un examen inutile).`,
  "attempt.floored": (p, f) => `Le total (${f.n(p.rawTotal)}) est ramené à 0 : une note ne peut pas être négative.`,
};

const EN: Record<RuleCode, Render> = {
  "question.unanswered": () => "Question not answered: 0 points.",
  "question.type-mismatch": (p) => `Answer of an unexpected type (${p.given} instead of ${p.expected}): 0 points.`,
  "option.missed": (p, f) => `Correct option left unticked: ${f.q(p.text)}.`,
  "option.wrong": (p, f) => `Wrong option ticked: ${f.q(p.text)}.`,
  "zone.missed": (p, f) => `Expected item not selected: ${f.q(p.text)}.`,
  "zone.wrong": (p, f) => `Item selected wrongly: ${f.q(p.text)}.`,
  "pmz.missed": (p, f) => `Indispensable option (PMZ) left unticked: ${f.q(p.text)}. The question scores 0 whatever the other answers.`,
  "inacceptable.ticked": (p, f) => `Unacceptable option ticked: ${f.q(p.text)}. The question scores 0 whatever the other answers.`,
  "qru.wrong": (p, f) => `You chose ${f.q(p.text)}; the right answer was ${f.q(p.expectedText)}.`,
  "qrm.discordance": (p, f) =>
    `${f.n(p.count)} ${f.pl(p.count, "discordance", "discordances")}: credit ${f.n(p.credit)} out of 1 (scale: 0 discordances → 1; 1 → 0.5; 2 → 0.2; 3 or more → 0).`,
  "qrp.too-many": (p, f) => `${f.n(p.ticked)} options ticked but at most ${f.n(p.n)} were allowed: the question scores 0.`,
  "qrp.partial": (p, f) => `${f.n(p.right)} of ${f.n(p.n)} expected ${f.pl(p.n, "answer", "answers")} found: credit ${f.n(p.right)}/${f.n(p.n)}.`,
  "qroc.wrong": (p, f) => `Your answer ${f.q(p.given)} does not match the expected answer ${f.q(p.expected)}.`,
  "numeric.out-of-range": (p, f) =>
    `${f.n(p.given)} ${p.unit} is outside the accepted range (${f.n(p.min)} to ${f.n(p.max)} ${p.unit}); expected answer: ${f.n(p.expected)} ${p.unit}.`,
  "ordering.fixed-misplaced": (p, f) =>
    `${f.q(p.text)} had to be in position ${f.n(p.expected)}${p.given ? ` (you placed it in position ${f.n(p.given)})` : ""}: the question scores 0.`,
  "ordering.pair-inverted": (p, f) => `${f.q(p.first)} should have come before ${f.q(p.second)}.`,
  "ordering.swaps": (p, f) => `${f.n(p.count)} ${f.pl(p.count, "pair", "pairs")} out of order, ${f.n(p.perSwap)} off each: credit ${f.n(p.credit)} out of 1.`,
  "tcs.partial": (p, f) =>
    `Your answer ${p.given} was chosen by ${f.n(p.experts)} ${f.pl(p.experts, "expert", "experts")}; the modal answer (${f.list(p.modal)}) by ${f.n(p.modalExperts)}: credit ${f.n(p.experts)}/${f.n(p.modalExperts)}.`,
  "differential.absent": (p, f) => `Expected diagnosis missing from your list: ${f.q(p.text)} (author's rank ${f.n(p.expected)}).`,
  "differential.rank": (p, f) => `${f.q(p.text)} ranked ${f.n(p.given)} instead of ${f.n(p.expected)}.`,
  "differential.cant-miss-absent": (p, f) => `Can't-miss diagnosis missing from your list: ${f.q(p.text)}.`,
  "differential.cant-miss-unflagged": (p, f) => `${f.q(p.text)} is a can't-miss diagnosis: you did not flag it.`,
  "differential.false-alarm": (p, f) => `${f.q(p.text)} flagged “can't-miss” wrongly (cancels half a catch).`,
  "differential.credit": (p, f) =>
    `Presence ${f.n(p.presence)} × 0.5 + rank ${f.n(p.rank)} × 0.2 + can't-miss ${f.n(p.cantMiss)} × 0.3: credit ${f.n(p.credit)} out of 1.`,
  "investigation.essential-missed": (p, f) => `Essential investigation not ordered: ${f.q(p.label)} (${f.n(p.points)} ${f.pl(p.points, "point", "points")} not earned).`,
  "investigation.unnecessary": (p, f) => `Unnecessary investigation ordered: ${f.q(p.label)} (${f.n(p.points)} ${f.pl(p.points, "point", "points")}).`,
  "investigation.harmful": (p, f) => `Harmful or unjustified investigation ordered: ${f.q(p.label)} (${f.n(p.points)} ${f.pl(p.points, "point", "points")}).`,
  "investigation.non-contributory": (p, f) =>
    `Test not contributory in this case ordered: ${f.q(p.label)} (${f.n(p.points)} ${f.pl(p.points, "point", "points")}, as an unnecessary test).`,
  "attempt.floored": (p, f) => `The total (${f.n(p.rawTotal)}) is raised to 0: a mark cannot be negative.`,
};

export function describeReason(reason: Reason, locale: Locale = "fr"): string {
  const render = (locale === "en" ? EN : FR)[reason.rule as RuleCode] as Render | undefined;
  if (render) return render(reason.params ?? {}, fmt(locale));
  // An unknown code (e.g. from a newer version) still says something rather than nothing.
  return locale === "en" ? `Points lost (${reason.rule}).` : `Points perdus (${reason.rule}).`;
}
