/**
 * Result types of the case-report extraction. Every extracted item carries the exact source
 * span it came from: `text.slice(span.start, span.end)` is the matched text.
 * Pure module: no Next, React or database imports.
 */

/** Character offsets into the extracted string, end exclusive. */
export type Span = { start: number; end: number };

export type SectionKind =
  | "intro"
  | "history"
  | "exam"
  | "investigations"
  | "diagnosis"
  | "treatment"
  | "outcome"
  | "discussion"
  | "conclusion"
  | "other";

export type Section = {
  kind: SectionKind;
  /**
   * The heading as written (without numbering or trailing colon); for text before the first
   * heading, its first paragraph (white space collapsed); for a chunk of a document without
   * headings, its first words.
   */
  title: string;
  /** Span of the heading (or of the preamble's first paragraph); absent for a chunk of a document without headings. */
  titleSpan?: Span;
  /** The section's content, trimmed; may be empty (start === end) for a heading with no text. */
  bodySpan: Span;
  /** From the heading (or body) start to the body end. */
  span: Span;
  /** True when the section starts at a recognised heading. */
  fromHeading: boolean;
};

export type LabFlag = "low" | "high" | "normal";

export type LabRange = {
  low?: number;
  high?: number;
  /** The range as printed, without its brackets (e.g. "12,2-16,1", "N < 5"). */
  text: string;
  span: Span;
};

export type LabValue = {
  /** Canonical analyte key (e.g. "hemoglobin", "platelets", "ca-27-29"), or "unknown" for an unlisted label. */
  analyte: string;
  /** French display name of the analyte (the label as written when unknown). */
  name: string;
  /** The analyte as written, e.g. "Hb", "plaquettes", "anémie". */
  label: string;
  /** True when the analyte is implied by a clinical term (anémie → hémoglobine). */
  implied: boolean;
  value: number;
  /** Set when the value is a bound: "CRP < 5 mg/L", "supérieure à 100 mg/L". */
  comparator?: "<" | ">" | "≤" | "≥";
  /** The value as written, e.g. "2.620", "51 000", "10,4". */
  valueText: string;
  /** The unit as written, e.g. "x 10e3/mcl". */
  unit?: string;
  /** Canonical unit, e.g. "G/L" for "x 10e3/mcl", "/µL" for "/mcl". */
  unitNormalized?: string;
  range?: LabRange;
  /** Computed from the printed range; set only when a reference range is known. */
  flag?: LabFlag;
  /** The flag the text states in words beside the value ("élevée à", "normale", "effondrée"). */
  statedFlag?: LabFlag;
  /** The matched text: from the analyte (or value) to the end of the unit or range. */
  text: string;
  span: Span;
  analyteSpan: Span;
  valueSpan: Span;
  unitSpan?: Span;
  /** Index into `sections`. */
  sectionIndex: number;
};

export type TimelineEvent = {
  /** The time expression as written, e.g. "mars 2025", "Peu après". */
  text: string;
  kind: "absolute" | "relative";
  /** "YYYY-MM" (or "YYYY" when only the year is known); absolute events only. */
  date?: string;
  /** True when the year was not written and was inferred from the neighbouring dates. */
  yearInferred?: boolean;
  /** For a relative event: the date of the preceding absolute event it is placed after. */
  after?: string;
  /** Position in the timeline, 0-based; the events array is sorted by it. */
  order: number;
  span: Span;
  /** The sentence or clause the time expression belongs to. */
  description: string;
  descriptionSpan: Span;
  sectionIndex: number;
};

export type Dose = {
  value: number;
  /**
   * The unit as written, e.g. "mg/m2", "mg/kg/24 heures"; absent for a bare number ("filgrastim 300").
   * A rate written after the drug joins it: "80 mg d'énoxaparine/24 heures" → "mg/24 heures".
   */
  unit?: string;
  /** Canonical unit, e.g. "mg/m²", "mg/kg/24h". */
  unitNormalized?: string;
  /** The number and unit as written ("80 mg"). */
  text: string;
  span: Span;
};

export type Treatment = {
  /** Canonical drug key (INN, e.g. "docetaxel", "zoledronic-acid", "nsaid"). */
  drug: string;
  /** French display name. */
  name: string;
  /** The drug as written, e.g. "docétaxel". */
  label: string;
  /** Recognised by its INN stem (-mab, -cilline…) rather than the list: shown to the instructor "to confirm". */
  fromStem?: boolean;
  drugSpan: Span;
  dose?: Dose;
  /** e.g. "tous les 21 jours pendant 4 cycles", "par jour", "hebdomadaire". */
  schedule?: { text: string; span: Span };
  /** The whole expression, from the drug or dose to the end of the dose or schedule. */
  text: string;
  span: Span;
  sectionIndex: number;
};

export type Extraction = {
  sections: Section[];
  labs: LabValue[];
  /** Sorted in timeline order (see `order`). */
  events: TimelineEvent[];
  treatments: Treatment[];
};

export type ProposedStage = {
  title: string;
  /** "section": a whole story section; "date": part of a section, cut where a new time begins. */
  basis: "section" | "date";
  sectionIndex: number;
  /** The part of the document the stage covers. */
  span: Span;
  /** The heading, or the time expression that opens the stage. */
  titleSpan?: Span;
  /** Indexes into extraction.events / labs / treatments whose span lies in `span`. */
  eventIndexes: number[];
  labIndexes: number[];
  treatmentIndexes: number[];
};
