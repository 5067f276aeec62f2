/**
 * Splits a case report into sections at its headings. Text before the first heading becomes an
 * "other" section titled by its first paragraph when short (an article title). A document without
 * any heading is cut into chunks of whole paragraphs (or sentences, when it has a single paragraph).
 */
import { findHeadings } from "./find-headings";
import { findSentences } from "../text/sentences";
import type { Section, Span } from "../types";

export function splitSections(text: string): Section[] {
  const headings = findHeadings(text);
  if (headings.length === 0) return chunkWithoutHeadings(text);
  const sections: Section[] = [];
  const preamble = trim(text, 0, headings[0].start);
  if (preamble.end > preamble.start) sections.push(preambleSection(text, preamble));
  headings.forEach((h, i) => {
    const next = headings[i + 1]?.start ?? text.length;
    const body = trim(text, Math.min(h.bodyStart, next), next);
    const bodySpan = body.end > body.start ? body : { start: h.titleSpan.end, end: h.titleSpan.end };
    sections.push({
      kind: h.kind,
      title: text.slice(h.titleSpan.start, h.titleSpan.end),
      titleSpan: h.titleSpan,
      bodySpan,
      span: { start: h.titleSpan.start, end: Math.max(bodySpan.end, h.titleSpan.end) },
      fromHeading: true,
    });
  });
  return sections;
}

/** Text before the first heading: its first paragraph (up to 160 characters) is its title, e.g. the article's title. */
function preambleSection(text: string, span: Span): Section {
  const blank = /\n[ \t]*\n/.exec(text.slice(span.start, span.end));
  const firstEnd = blank ? span.start + blank.index : span.end;
  const first = trim(text, span.start, firstEnd);
  const rest = trim(text, firstEnd, span.end);
  if (first.end - first.start <= 160 && rest.end > rest.start) {
    return { kind: "other", title: text.slice(first.start, first.end).replace(/\s+/g, " "), titleSpan: first, bodySpan: rest, span, fromHeading: false };
  }
  if (first.end - first.start <= 160) {
    return { kind: "other", title: text.slice(first.start, first.end).replace(/\s+/g, " "), titleSpan: first, bodySpan: { start: first.end, end: first.end }, span, fromHeading: false };
  }
  return { kind: "other", title: shortTitle(text, span), bodySpan: span, span, fromHeading: false };
}

/** Target chunk length: about a fifth of the document, between 400 and 1500 characters. */
function chunkWithoutHeadings(text: string): Section[] {
  const units = paragraphs(text);
  const total = units.reduce((n, u) => n + u.end - u.start, 0);
  const target = Math.min(1500, Math.max(400, total / 5));
  const chunks: Span[] = [];
  let current: Span | undefined;
  for (const unit of units) {
    current = current ? { start: current.start, end: unit.end } : { ...unit };
    if (current.end - current.start >= target) {
      chunks.push(current);
      current = undefined;
    }
  }
  if (current) {
    const last = chunks[chunks.length - 1];
    if (last && current.end - current.start < target / 3) last.end = current.end;
    else chunks.push(current);
  }
  return chunks.map((span) => ({ kind: "other", title: shortTitle(text, span), bodySpan: span, span, fromHeading: false }));
}

function paragraphs(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const m of text.matchAll(/\n[ \t]*\n/g)) {
    const span = trim(text, start, m.index);
    if (span.end > span.start) spans.push(span);
    start = m.index + m[0].length;
  }
  const last = trim(text, start, text.length);
  if (last.end > last.start) spans.push(last);
  return spans.length > 1 ? spans : findSentences(text);
}

function shortTitle(text: string, span: Span): string {
  const words = text.slice(span.start, span.end).split(/\s+/).filter(Boolean);
  return words.length > 8 ? `${words.slice(0, 8).join(" ")}…` : words.join(" ");
}

function trim(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}
