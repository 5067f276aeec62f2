/** Reads one YAML file, keeping what is needed to report errors by line. */
import { readFile } from "node:fs/promises";
import { LineCounter, parseDocument, type Document } from "yaml";
import type { CaseError } from "./errors";
import { parsePath } from "./errors";
import { YAML_LIMITS, yamlNestingProblem } from "./yaml-bounds";

/** French hints for the YAML mistakes authors make most; other codes keep the parser's (English) message. */
const HINTS: Partial<Record<string, string>> = {
  BAD_INDENT: "indentation incorrecte ou crochet/accolade non refermé",
  MISSING_CHAR: "caractère manquant (guillemet, crochet ou accolade non refermé ?)",
  DUPLICATE_KEY: "clé en double",
  TAB_AS_INDENT: "tabulation utilisée pour l'indentation (utiliser des espaces)",
  MULTILINE_IMPLICIT_KEY: "clé sur plusieurs lignes (deux-points manquant à la ligne précédente ?)",
  BLOCK_AS_IMPLICIT_KEY: "structure inattendue avant « : » (indentation ?)",
  UNEXPECTED_TOKEN: "caractère inattendu",
  BAD_SCALAR_START: "une valeur ne peut pas commencer par ce caractère : mettre le texte entre guillemets",
  BLOCK_IN_FLOW: "bloc dans une liste ou un objet entre crochets/accolades",
};

export type YamlFile = { file: string; data: unknown; doc: Document; lines: LineCounter };

export async function readYamlFile(absPath: string, file: string): Promise<{ ok: true; value: YamlFile } | { ok: false; errors: CaseError[] }> {
  let text: string;
  try {
    text = await readFile(absPath, "utf8");
  } catch {
    return { ok: false, errors: [{ file, path: "", message: `fichier introuvable ou illisible : ${absPath}` }] };
  }
  // Uploaded case files are untrusted: nesting is bounded before parsing, aliases when converting.
  const nesting = yamlNestingProblem(text);
  if (nesting) return { ok: false, errors: [{ file, path: "", message: `YAML refusé : ${nesting}` }] };
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.map((e) => {
        const line = e.linePos?.[0].line;
        // prettyErrors appends " at line L, column C:" and a code excerpt; the line is reported separately.
        const parser = e.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
        const hint = HINTS[e.code];
        // "Nested mappings…" is YAML's way of saying an unquoted text contains ": ".
        const reason = e.message.startsWith("Nested mappings")
          ? "texte contenant « : » à mettre entre guillemets"
          : hint
            ? `${hint} (${parser})`
            : parser;
        return { file, path: "", line, message: `syntaxe YAML invalide${line ? ` (ligne ${line}, colonne ${e.linePos?.[0].col})` : ""} : ${reason}` };
      }),
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: YAML_LIMITS.maxAliasCount });
  } catch {
    // "Excessive alias count": an alias bomb (a billion laughs), never a real case file.
    return { ok: false, errors: [{ file, path: "", message: `YAML refusé : trop d'alias (*) à développer (${YAML_LIMITS.maxAliasCount} au plus)` }] };
  }
  return { ok: true, value: { file, data, doc, lines } };
}

/** 1-based line of the node at `path`, or of its nearest existing ancestor. */
export function lineOf(y: YamlFile, path: string): number | undefined {
  const segments = parsePath(path);
  for (let n = segments.length; n >= 0; n--) {
    let node: unknown;
    try {
      node = y.doc.getIn(segments.slice(0, n), true);
    } catch {
      continue; // a segment goes through a scalar: try the parent
    }
    const range = (node as { range?: [number, number, number] } | null)?.range;
    if (range) return y.lines.linePos(range[0]).line;
  }
  return undefined;
}
