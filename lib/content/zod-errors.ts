/** Turns zod issues into CaseErrors with French messages an author can act on. */
import { z } from "zod";
import { errorIn, type CaseError, type PathSegment } from "./errors";

const TYPES: Record<string, string> = {
  string: "texte",
  number: "nombre",
  int: "nombre entier",
  boolean: "booléen (true ou false)",
  array: "liste",
  object: "objet (clé: valeur)",
  tuple: "paire [a, b]",
  null: "valeur vide",
  undefined: "rien",
};
const typeName = (t: string) => TYPES[t] ?? t;
const received = (input: unknown) => (input === null ? "null" : Array.isArray(input) ? "array" : typeof input);
const frLocale = z.locales.fr().localeError;

/** Per-parse error map: French messages for the common cases, zod's French locale for the rest. */
export const frenchErrorMap: z.core.$ZodErrorMap = (iss) => {
  if (iss.code === "invalid_type") {
    if (iss.input === undefined) return `champ obligatoire manquant (${typeName(iss.expected)} attendu)`;
    return `${typeName(iss.expected)} attendu, ${typeName(received(iss.input))} reçu`;
  }
  if (iss.code === "too_small" && iss.origin === "array") return `au moins ${iss.minimum} élément(s) attendu(s)`;
  if (iss.code === "too_small" && iss.origin === "number") return `valeur ${iss.inclusive ? "≥" : ">"} ${iss.minimum} attendue`;
  if (iss.code === "too_big" && iss.origin === "number") return `valeur ${iss.inclusive ? "≤" : "<"} ${iss.maximum} attendue`;
  if (iss.code === "invalid_value") return `valeur invalide : ${iss.values.map((v) => JSON.stringify(v)).join(", ")} attendu`;
  return frLocale(iss);
};

function unionMessage(issue: z.core.$ZodIssueInvalidUnion): string {
  const discriminator = (issue as { discriminator?: string }).discriminator;
  const options = (issue as { options?: unknown[] }).options;
  if (discriminator && options) return `« ${discriminator} » inconnu ou absent : valeurs possibles ${options.join(", ")}`;
  // e.g. value: number | text → "nombre ou texte attendu"
  const expected = issue.errors.flatMap((branch) => branch.filter((i) => i.code === "invalid_type").map((i) => typeName(i.expected)));
  return expected.length > 0 ? `${[...new Set(expected)].join(" ou ")} attendu` : issue.message;
}

export function zodErrorsFor(file: string, error: z.ZodError): CaseError[] {
  const at = errorIn(file);
  return error.issues.flatMap((issue): CaseError[] => {
    const path = issue.path.filter((s): s is PathSegment => typeof s !== "symbol");
    if (issue.code === "unrecognized_keys") {
      // One error per key, at the key itself, so that a typo is located exactly.
      return issue.keys.map((key) => at([...path, key], `clé inconnue « ${key} » (faute de frappe ? champ non prévu par le format)`));
    }
    if (issue.code === "invalid_union") return [at(path, unionMessage(issue))];
    return [at(path, issue.message)];
  });
}
