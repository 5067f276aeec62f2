/** Per-question semantic checks (answer keys that zod cannot express). */
import type { PathSegment } from "./errors";
import { quoteMatcher } from "./quotes";
import type { Question } from "./schema";

type Report = (path: PathSegment[], message: string) => void;

export const LONG_MENU_MIN = 10;
export const LONG_MENU_MAX = 25;
const QROC_MAX_WORDS = 5;

function uniqueIds(items: readonly { id: string }[], key: string, report: Report, what: string) {
  const seen = new Set<string>();
  items.forEach((item, k) => {
    if (seen.has(item.id)) report([key, k, "id"], `identifiant ${what} en double : « ${item.id} »`);
    seen.add(item.id);
  });
}

function checkOptions(q: Extract<Question, { options: unknown }>, report: Report) {
  uniqueIds(q.options, "options", report, "d'option");
  q.options.forEach((o, k) => {
    if (o.pmz && !o.correct) report(["options", k, "pmz"], "une option PMZ (indispensable) doit être une bonne réponse (correct: true)");
    if (o.inacceptable && o.correct) report(["options", k, "inacceptable"], "une option inacceptable doit être une mauvaise réponse (correct: false)");
  });
  const correct = q.options.filter((o) => o.correct).length;
  if (q.type === "qru" && correct !== 1) report(["options"], `une QRU doit avoir exactement une bonne réponse (ici ${correct})`);
  if ((q.type === "qrm" || q.type === "qrp") && correct === 0) report(["options"], `une ${q.type.toUpperCase()} doit avoir au moins une bonne réponse`);
  if (q.type === "qrp") {
    // x/n scoring only reaches 1 when exactly n options are right.
    if (q.n !== correct) report(["n"], `n (${q.n}) doit être égal au nombre de bonnes réponses (${correct})`);
    if (q.longMenu && (q.options.length < LONG_MENU_MIN || q.options.length > LONG_MENU_MAX)) {
      report(["options"], `une liste longue doit compter de ${LONG_MENU_MIN} à ${LONG_MENU_MAX} options (ici ${q.options.length})`);
    }
  }
}

function checkOrdering(q: Extract<Question, { type: "ordering" }>, report: Report) {
  uniqueIds(q.items, "items", report, "d'élément");
  const items = new Set(q.items.map((i) => i.id));
  const seen = new Set<string>();
  q.order.forEach((id, k) => {
    if (!items.has(id)) report(["order", k], `« ${id} » n'est pas un élément de items`);
    else if (seen.has(id)) report(["order", k], `« ${id} » figure deux fois dans order`);
    seen.add(id);
  });
  const absent = [...items].filter((id) => !q.order.includes(id));
  if (absent.length > 0) report(["order"], `order doit classer tous les éléments ; absents : ${absent.join(", ")}`);
  q.rule.fixed.forEach((id, k) => {
    if (!items.has(id)) report(["rule", "fixed", k], `« ${id} » n'est pas un élément de items`);
  });
  q.rule.tolerated.forEach((pair, k) => {
    pair.forEach((id, m) => {
      if (!items.has(id)) report(["rule", "tolerated", k, m], `« ${id} » n'est pas un élément de items`);
    });
    if (pair[0] === pair[1]) report(["rule", "tolerated", k], "une paire tolérée doit réunir deux éléments différents");
  });
}

export function checkQuestion(q: Question, report: Report): void {
  switch (q.type) {
    case "qru":
    case "qrm":
    case "qrp":
      return checkOptions(q, report);
    case "qroc":
      q.accepted.forEach((a, k) => {
        if (a.split(/\s+/u).length > QROC_MAX_WORDS) report(["accepted", k], `une réponse de QROC compte ${QROC_MAX_WORDS} mots au plus`);
      });
      return;
    case "ordering":
      return checkOrdering(q, report);
    case "tcs": {
      const experts = Object.values(q.panel).reduce((s, n) => s + n, 0);
      if (experts === 0) report(["panel"], "le panel d'experts du TCS doit compter au moins un expert");
      return;
    }
    case "zone": {
      uniqueIds(q.zones, "zones", report, "de zone");
      if (!q.zones.some((z) => z.correct)) report(["zones"], "une question à zones doit avoir au moins une zone correcte");
      const inText = quoteMatcher(q.text);
      q.zones.forEach((z, k) => {
        if (!inText(z.text)) report(["zones", k, "text"], `le texte de la zone « ${z.text} » ne figure pas dans le texte de la question`);
      });
      return;
    }
    case "numeric":
      // Tolerance presence and sign are enforced by the schema.
      return;
    case "representation":
      return checkRepresentation(q, report);
    case "differential":
      return checkDifferential(q, report);
  }
}

function checkRepresentation(q: Extract<Question, { type: "representation" }>, report: Report) {
  uniqueIds(q.qualifiers, "qualifiers", report, "de qualificatif");
  const inSummary = quoteMatcher(q.summary);
  q.qualifiers.forEach((x, k) => {
    // Highlighted in the summary once submitted: each must be a passage of it.
    if (!inSummary(x.text)) report(["qualifiers", k, "text"], `le qualificatif « ${x.text} » ne figure pas dans la synthèse de l'auteur (summary)`);
  });
}

export const DIFFERENTIAL_MENU_MIN = 8;
export const DIFFERENTIAL_MENU_MAX = 60;

function checkDifferential(q: Extract<Question, { type: "differential" }>, report: Report) {
  uniqueIds(q.diagnoses, "diagnoses", report, "de diagnostic");
  // A short menu turns the choice back into recognition of the few plausible answers.
  if (q.diagnoses.length < DIFFERENTIAL_MENU_MIN || q.diagnoses.length > DIFFERENTIAL_MENU_MAX) {
    report(["diagnoses"], `le menu d'un diagnostic différentiel doit compter de ${DIFFERENTIAL_MENU_MIN} à ${DIFFERENTIAL_MENU_MAX} diagnostics (ici ${q.diagnoses.length})`);
  }
  const menu = new Set(q.diagnoses.map((d) => d.id));
  const seen = new Set<string>();
  q.ranking.forEach((k, i) => {
    if (!menu.has(k.id)) report(["ranking", i, "id"], `« ${k.id} » n'est pas un diagnostic du menu (diagnoses)`);
    else if (seen.has(k.id)) report(["ranking", i, "id"], `« ${k.id} » figure deux fois dans ranking`);
    seen.add(k.id);
  });
  if (!q.ranking.some((k) => k.cantMiss)) report(["ranking"], "le classement de l'auteur doit signaler au moins un diagnostic « à ne pas manquer » (cantMiss: true)");
}
