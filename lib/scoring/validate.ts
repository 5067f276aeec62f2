/**
 * Checks a learner's raw input against a question before it is stored or scored, so that the
 * server rejects malformed answers with a clear message instead of scoring garbage.
 */
import type { Question } from "@/lib/content/schema";
import type { Locale } from "./describe";
import { parseFrenchNumber } from "./numeric";
import type { TcsValue } from "./tcs";
import type { Answer } from "./types";

export type AnswerValidation = { ok: true; answer: Answer } | { ok: false; error: string };

import { DIFFERENTIAL_MAX } from "./differential";
import { QROC_MAX_CHARS, QROC_MAX_WORDS, REPRESENTATION_MAX_CHARS } from "./limits";

export { QROC_MAX_CHARS, QROC_MAX_WORDS, REPRESENTATION_MAX_CHARS };

const MESSAGES = {
  fr: {
    notObject: () => "Réponse illisible : un objet est attendu.",
    wrongType: (given: string, expected: string) => `Type de réponse inattendu : « ${given} » au lieu de « ${expected} ».`,
    field: (field: string, kind: string) => `Le champ « ${field} » doit être ${kind}.`,
    unknownOption: (id: string) => `Option inconnue : « ${id} ».`,
    duplicate: (id: string) => `Option donnée deux fois : « ${id} ».`,
    empty: () => "Réponse vide.",
    tooLong: () => `Réponse trop longue : ${QROC_MAX_CHARS} caractères au plus.`,
    tooManyWords: () => `Réponse trop longue : ${QROC_MAX_WORDS} mots au plus.`,
    notNumber: () => "Nombre invalide (exemples : 1,5 ou 1 500).",
    notPermutation: () => "Le classement doit contenir chaque élément une fois et une seule.",
    tcsRange: () => "Réponse attendue sur l'échelle −2, −1, 0, +1, +2.",
    summaryTooLong: () => `Synthèse trop longue : ${REPRESENTATION_MAX_CHARS} caractères au plus (une ou deux phrases).`,
    rankingSize: () => `Classez de 1 à ${DIFFERENTIAL_MAX} diagnostics.`,
    rankingEntry: () => "Chaque diagnostic classé doit avoir un identifiant et un indicateur « à ne pas manquer » (vrai ou faux).",
  },
  en: {
    notObject: () => "Unreadable answer: an object is expected.",
    wrongType: (given: string, expected: string) => `Unexpected answer type: “${given}” instead of “${expected}”.`,
    field: (field: string, kind: string) => `Field “${field}” must be ${kind}.`,
    unknownOption: (id: string) => `Unknown option: “${id}”.`,
    duplicate: (id: string) => `Option given twice: “${id}”.`,
    empty: () => "Empty answer.",
    tooLong: () => `Answer too long: at most ${QROC_MAX_CHARS} characters.`,
    tooManyWords: () => `Answer too long: at most ${QROC_MAX_WORDS} words.`,
    notNumber: () => "Invalid number (examples: 1.5 or 1,5).",
    notPermutation: () => "The ranking must contain each item exactly once.",
    tcsRange: () => "Answer expected on the scale −2, −1, 0, +1, +2.",
    summaryTooLong: () => `Summary too long: at most ${REPRESENTATION_MAX_CHARS} characters (one or two sentences).`,
    rankingSize: () => `Rank 1 to ${DIFFERENTIAL_MAX} diagnoses.`,
    rankingEntry: () => "Each ranked diagnosis needs an id and a can't-miss flag (true or false).",
  },
};
const KINDS = {
  fr: { string: "une chaîne de caractères", list: "une liste d'identifiants", number: "un nombre" },
  en: { string: "a string", list: "a list of ids", number: "a number" },
};

type Msg = (typeof MESSAGES)["fr"];
const fail = (error: string): AnswerValidation => ({ ok: false, error });

function idList(value: unknown, known: ReadonlySet<string>, field: string, m: Msg, kind: string): string[] | string {
  if (!Array.isArray(value) || !value.every((v) => typeof v === "string")) return m.field(field, kind);
  const seen = new Set<string>();
  for (const id of value as string[]) {
    if (!known.has(id)) return m.unknownOption(id);
    if (seen.has(id)) return m.duplicate(id);
    seen.add(id);
  }
  return value as string[];
}

function tcsValue(v: unknown): TcsValue | null {
  const n = typeof v === "string" ? Number(v.trim().replace("\u2212", "-")) : v;
  return typeof n === "number" && Number.isInteger(n) && n >= -2 && n <= 2 ? (n as TcsValue) : null;
}

export function validateAnswer(question: Question, input: unknown, locale: Locale = "fr"): AnswerValidation {
  const m = MESSAGES[locale];
  const k = KINDS[locale];
  if (typeof input !== "object" || input === null || Array.isArray(input)) return fail(m.notObject());
  const raw = input as Record<string, unknown>;
  // `type` may be omitted (the question decides it) but must not contradict the question.
  if (raw.type !== undefined && raw.type !== question.type) return fail(m.wrongType(String(raw.type), question.type));

  switch (question.type) {
    case "qru": {
      if (typeof raw.choice !== "string") return fail(m.field("choice", k.string));
      if (!question.options.some((o) => o.id === raw.choice)) return fail(m.unknownOption(raw.choice));
      return { ok: true, answer: { type: "qru", choice: raw.choice } };
    }
    case "qrm":
    case "qrp":
    case "zone": {
      const ids = question.type === "zone" ? question.zones : question.options;
      const choices = idList(raw.choices, new Set(ids.map((o) => o.id)), "choices", m, k.list);
      if (typeof choices === "string") return fail(choices);
      return { ok: true, answer: { type: question.type, choices } };
    }
    case "qroc": {
      if (typeof raw.text !== "string") return fail(m.field("text", k.string));
      const text = raw.text.trim();
      if (text.length === 0) return fail(m.empty());
      if (text.length > QROC_MAX_CHARS) return fail(m.tooLong());
      if (text.split(/\s+/u).length > QROC_MAX_WORDS) return fail(m.tooManyWords());
      return { ok: true, answer: { type: "qroc", text } };
    }
    case "numeric": {
      // Forms post strings; the player may send a number. Both end up a finite number.
      const value = typeof raw.value === "string" ? parseFrenchNumber(raw.value) : raw.value;
      if (typeof value !== "number" || !Number.isFinite(value)) return fail(m.notNumber());
      return { ok: true, answer: { type: "numeric", value } };
    }
    case "ordering": {
      const order = idList(raw.order, new Set(question.items.map((i) => i.id)), "order", m, k.list);
      if (typeof order === "string") return fail(order);
      if (order.length !== question.items.length) return fail(m.notPermutation());
      return { ok: true, answer: { type: "ordering", order } };
    }
    case "tcs": {
      const value = tcsValue(raw.value);
      if (value === null) return fail(m.tcsRange());
      return { ok: true, answer: { type: "tcs", value } };
    }
    case "representation": {
      if (typeof raw.text !== "string") return fail(m.field("text", k.string));
      const text = raw.text.trim();
      if (text.length === 0) return fail(m.empty());
      if (text.length > REPRESENTATION_MAX_CHARS) return fail(m.summaryTooLong());
      return { ok: true, answer: { type: "representation", text } };
    }
    case "differential": {
      const entries = raw.ranking;
      if (!Array.isArray(entries) || entries.length === 0 || entries.length > DIFFERENTIAL_MAX) return fail(m.rankingSize());
      if (!entries.every((e) => typeof e === "object" && e !== null && typeof e.id === "string" && typeof e.cantMiss === "boolean")) return fail(m.rankingEntry());
      const ranking = (entries as { id: string; cantMiss: boolean }[]).map((e) => ({ id: e.id, cantMiss: e.cantMiss }));
      const ids = idList(ranking.map((e) => e.id), new Set(question.diagnoses.map((d) => d.id)), "ranking", m, k.list);
      if (typeof ids === "string") return fail(ids);
      return { ok: true, answer: { type: "differential", ranking } };
    }
  }
}
