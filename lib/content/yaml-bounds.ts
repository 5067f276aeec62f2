/**
 * Bounds checked on a YAML text before it is parsed: the parser's time grows faster than linearly
 * with nesting (20,000 nested "[" take seconds), so the nesting is measured first, in one linear
 * pass, and refused past what any case file needs. Pure module.
 */
export const YAML_LIMITS = {
  /** Unclosed "[" or "{" at any point. */
  maxFlowDepth: 32,
  /** Leading columns of a line (indentation plus compact "- " / "? " markers). */
  maxIndent: 240,
  /** Compact sequence markers on one line ("- - - x"). */
  maxCompactMarkers: 16,
  /** Aliases expanded when the document is turned into data. */
  maxAliasCount: 100,
};

export function yamlNestingProblem(text: string, limits = YAML_LIMITS): string | null {
  let flow = 0;
  let lineNo = 0;
  for (const line of text.split("\n")) {
    lineNo += 1;
    const lead = /^[ ]*(?:[-?][ ]+)*/.exec(line)![0];
    if (lead.length > limits.maxIndent) return `ligne ${lineNo} : indentation trop profonde (${limits.maxIndent} colonnes au plus)`;
    const markers = (lead.match(/[-?][ ]+/g) ?? []).length;
    if (markers > limits.maxCompactMarkers) return `ligne ${lineNo} : trop de listes imbriquées sur une ligne (${limits.maxCompactMarkers} au plus)`;
    let quote: string | null = null;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i];
      if (quote) {
        if (ch === quote) quote = null;
        else if (ch === "\\" && quote === '"') i++;
        continue;
      }
      if (ch === "#" && (i === 0 || line[i - 1] === " ")) break;
      if ((ch === '"' || ch === "'") && (i === 0 || /[\s[{,:]/.test(line[i - 1]))) quote = ch;
      else if (ch === "[" || ch === "{") {
        flow += 1;
        if (flow > limits.maxFlowDepth) return `ligne ${lineNo} : crochets ou accolades imbriqués trop profondément (${limits.maxFlowDepth} niveaux au plus)`;
      } else if ((ch === "]" || ch === "}") && flow > 0) flow -= 1;
    }
  }
  return null;
}
