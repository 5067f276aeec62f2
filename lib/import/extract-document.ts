/**
 * Extraction of a case report's structure and facts: sections, laboratory values, timeline
 * events and treatments, each with its exact source span in `text`. Pass text in NFC (as
 * readDocument returns it; use normalizeDocumentText on pasted text) so accented letters match.
 * Pure module: no Next, React or database imports.
 */
import { extractEvents } from "./events/extract-events";
import { extractLabs } from "./labs/extract-labs";
import { extractTreatments } from "./treatments/extract-treatments";
import { splitSections } from "./sections/split-sections";
import { lastAtOrBefore } from "./text/search-sorted";
import type { Extraction, Section } from "./types";

export function extractDocument(text: string): Extraction {
  const sections = splitSections(text);
  const at = (position: number) => sectionIndexAt(sections, position);
  return {
    sections,
    labs: extractLabs(text).map((lab) => ({ ...lab, sectionIndex: at(lab.valueSpan.start) })),
    events: extractEvents(text).map((event) => ({ ...event, sectionIndex: at(event.span.start) })),
    treatments: extractTreatments(text).map((t) => ({ ...t, sectionIndex: at(t.drugSpan.start) })),
  };
}

/** Index of the section containing `position` (the last one starting at or before it), or -1. */
export function sectionIndexAt(sections: Section[], position: number): number {
  return lastAtOrBefore(sections, position, (s) => s.span.start);
}
