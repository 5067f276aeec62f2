/**
 * Heading lines of a case report: a known heading (see headings.ts) alone on its line, possibly
 * numbered ("2. Observation"), in markdown ("## Discussion", "**Case presentation**") or followed
 * by a colon, but not ending with a period ("À retenir." is a sentence); a known heading followed by a colon and text ("Diagnostic : carcinome…", inline);
 * or a short line in capitals or a markdown heading that is not in the dictionary (kind "other").
 */
import { foldText } from "../text/fold-text";
import { HEADING_NAMES, headingKind } from "./headings";
import type { SectionKind, Span } from "../types";

export type Heading = {
  kind: SectionKind;
  titleSpan: Span;
  /** Start of the heading line. */
  start: number;
  /** Where the section body begins (next line, or after the colon of an inline heading). */
  bodyStart: number;
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
const PHRASES = HEADING_NAMES.map(escape).join("|");
const PREFIX = String.raw`^[ \t]*(?:#{1,6}[ \t]*)?(?:[*_]{1,2})?(?:(?:\d+(?:\.\d+)*|[ivxlc]+|[a-h])[ \t]*[.)\-][ \t]*)?(?:[*_]{1,2})?`;
const STANDALONE = new RegExp(`${PREFIX}(${PHRASES})(?![\\p{L}\\d'])[ \\t]*(?:[*_]{1,2})?[ \\t]*[:\\-]?[ \\t]*(?:[*_]{1,2})?[ \\t]*$`, "u");
const INLINE = new RegExp(`${PREFIX}(${PHRASES})(?:[*_]{1,2})?[ \\t]*:[ \\t]*(?:[*_]{1,2})?[ \\t]*(?=\\S)`, "u");
const OTHER = /^[ \t]*(#{1,6}[ \t]+)?(?:[*_]{1,2})?(?:(?:\d+(?:\.\d+)*|[IVXLC]+|[A-H])[ \t]*[.)\-][ \t]*)?([^\d\n]*?)[ \t]*:?[ \t]*(?:[*_]{1,2})?[ \t]*$/u;

const LOWER_CASE = /[a-z]/;
const MARKDOWN = /^[ \t]*#/;

export function findHeadings(text: string): Heading[] {
  const folded = foldText(text);
  const headings: Heading[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf("\n", lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const heading = matchLine(text, folded, lineStart, lineEnd);
    if (heading) headings.push(heading);
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return headings;
}

function matchLine(text: string, folded: string, start: number, end: number): Heading | undefined {
  const line = folded.slice(start, end);
  const nextLine = Math.min(end + 1, text.length);
  const standalone = STANDALONE.exec(line);
  if (standalone) return known(folded, start, standalone, nextLine);
  const inline = INLINE.exec(line);
  if (inline) return known(folded, start, inline, start + inline[0].length);
  return other(text.slice(start, end), start, nextLine);
}

function known(folded: string, start: number, m: RegExpExecArray, bodyStart: number): Heading {
  const phraseStart = start + m[0].indexOf(m[1]);
  const span = { start: phraseStart, end: phraseStart + m[1].length };
  return { kind: headingKind(folded.slice(span.start, span.end)) ?? "other", titleSpan: span, start, bodyStart };
}

function other(line: string, start: number, bodyStart: number): Heading | undefined {
  // Neither markdown nor capitals: a lower-case letter can only stand in the title (OTHER's prefix and
  // end have none), so the line is not a heading; this skips OTHER's lazy scan of every long line.
  if (LOWER_CASE.test(line) && !MARKDOWN.test(line)) return undefined;
  const m = OTHER.exec(line);
  if (!m) return undefined;
  const title = m[2].trim();
  const letters = title.match(/\p{L}/gu) ?? [];
  const isMarkdown = Boolean(m[1]);
  const isCapitals = letters.length >= 4 && title === title.toUpperCase() && title.split(/\s+/).length <= 8;
  if (!title || !(isMarkdown || isCapitals) || /[.,;]$/.test(title)) return undefined;
  const titleStart = start + line.indexOf(title, m[0].indexOf(m[2]));
  return { kind: "other", titleSpan: { start: titleStart, end: titleStart + title.length }, start, bodyStart };
}
