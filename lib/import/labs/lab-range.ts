/**
 * Reference range printed right after a lab value: "(12,2-16,1)", "(138 000-381 000)",
 * "[0,0 - 7,0]", "(N < 5)", "(VN : 15-35 UI/L)", ", VN : 15-35", "(normale > 60)", and in a table
 * row a bare range in the next cell or at the end of the line.
 * Parsed on folded text; the span covers the range without its brackets.
 */
import { parseNumber, type NumberStyle } from "../text/parse-number";
import type { LabRange } from "../types";

const NUM = String.raw`\d{1,3}(?: \d{3})+(?![\d])(?:[.,]\d+)?|\d+(?:[.,]\d+)*`;
const LABEL = String.raw`(?:vn|n|nl|vr|rr|v\.r\.|valeurs? normales?|valeurs? de reference|normales?|ref\.?|reference|normal(?: range)?|range|rango(?: normal)?|valor(?:es)? normal(?:es)?)\s*[:=]?\s*`;
const BODY = String.raw`(?:(<=|<|≤|inf(?:erieur)?\.?(?: a)?)\s*(${NUM})|(>=|>|≥|sup(?:erieur)?\.?(?: a)?)\s*(${NUM})|(${NUM})\s*(?:-|a|to|au)\s*(${NUM}))`;
const UNIT_TAIL = String.raw`(?:\s*(?:[x×*]\s*)?[^\s()\[\],;]{1,16})?`;

const BRACKETED = new RegExp(String.raw`\s*[(\[]\s*((?:${LABEL})?${BODY}${UNIT_TAIL})\s*[)\]]`, "uy");
const LABELLED = new RegExp(String.raw`\s*[,;]?\s*(${LABEL}${BODY})`, "uy");
/** A table cell: a bare range after a tab or "|", or ending the line ("Hémoglobine⇥8,1 g/dL⇥12-16"). */
const CELL = new RegExp(String.raw`(?:[ \t]*[\t|][ \t]*|[ ]+)(${BODY})(?=[ \t]*(?:[\t|\n]|$))`, "uy");

/** Reads a range starting at `position` of the folded text, or returns undefined. */
export function readRange(text: string, folded: string, position: number, style: NumberStyle): LabRange | undefined {
  for (const re of [BRACKETED, LABELLED, CELL]) {
    re.lastIndex = position;
    const m = re.exec(folded);
    if (!m) continue;
    const inner = m[1];
    const innerStart = m.index + m[0].indexOf(inner);
    const span = { start: innerStart, end: innerStart + inner.trimEnd().length };
    const [, , , below, , above, from, to] = m;
    const range: LabRange = { text: text.slice(span.start, span.end), span };
    if (below) range.high = parseNumber(below, style);
    else if (above) range.low = parseNumber(above, style);
    else {
      range.low = parseNumber(from, style);
      range.high = parseNumber(to, style);
    }
    return range;
  }
  return undefined;
}
