/**
 * The case file format, as strict zod schemas (unknown keys are rejected).
 * A case lives in `content/cases/<slug>/`: `case.yaml` (metadata) and one YAML file per stage
 * listed in `case.yaml` under `stages`. The source document's text lives in `content/sources/`.
 * Pure module: no Next, React or database imports.
 */
import { z } from "zod";

const slugId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, "identifiant attendu en minuscules, chiffres et tirets (ex. q1-2)");
const text = z.string().trim().min(1, "texte vide");
/** A quote of the source document; validation fails when it is not found in the source text. */
const sourceQuote = z.string().trim().min(3, "citation trop courte");

/** EDN knowledge items (R2C) a case, objective or question covers: the item's number in the shipped
 * list (content/r2c/items.json, checked by case:check) and the rank (A or B) of the knowledge tested. */
export const ednItemSchema = z.strictObject({
  item: z.number().int().positive(),
  rank: z.enum(["A", "B"]),
});
const ednItems = z.array(ednItemSchema).min(1, "au moins un item, ou retirez le champ").optional();

export const labRowSchema = z.strictObject({
  analyte: text,
  value: z.union([z.number(), text]),
  unit: z.string().trim().optional(),
  /** Reference range as printed, e.g. "12,2-16,1" or "< 5". */
  range: z.string().trim().optional(),
  low: z.number().optional(),
  high: z.number().optional(),
  flag: z.enum(["low", "high", "normal", "critical-low", "critical-high"]).optional(),
  note: z.string().trim().optional(),
  source: sourceQuote.optional(),
});

const textFinding = (kind: "exam" | "imaging" | "pathology" | "history" | "note") =>
  z.strictObject({
    kind: z.literal(kind),
    title: text,
    text: text,
    source: sourceQuote.optional(),
  });

export const findingSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("vitals"),
    title: text.optional(),
    items: z
      .array(
        z.strictObject({
          label: text,
          value: z.union([z.number(), text]),
          unit: z.string().trim().optional(),
          source: sourceQuote.optional(),
        }),
      )
      .min(1),
  }),
  z.strictObject({
    kind: z.literal("lab"),
    title: text,
    date: z.string().trim().optional(),
    rows: z.array(labRowSchema).min(1),
    source: sourceQuote.optional(),
  }),
  textFinding("exam"),
  textFinding("imaging"),
  textFinding("pathology"),
  textFinding("history"),
  textFinding("note"),
]);

export const relevanceSchema = z.enum(["essential", "useful", "unnecessary", "harmful"]);

export const investigationSchema = z.strictObject({
  id: slugId,
  label: text,
  relevance: relevanceSchema,
  /** Essential: points earned when ordered (> 0). Unnecessary/harmful: points lost (<= 0). Useful: usually 0. */
  points: z.number(),
  /** Cost in euros, when the case defines it. */
  cost: z.number().nonnegative().optional(),
  /** Delay before the result, as text (e.g. "2 h", "48 h"). */
  delay: z.string().trim().optional(),
  result: text,
  rationale: text,
  source: sourceQuote.optional(),
  /** Catalogue test ids (content/catalogue/tests.yaml) that order this investigation in a `menu: catalogue` stage. */
  catalogue: z.array(slugId).min(1).optional(),
});

export const optionSchema = z.strictObject({
  id: slugId,
  text: text,
  correct: z.boolean().default(false),
  /** Indispensable option: left unticked → 0 for the question. Must be a correct option. */
  pmz: z.boolean().optional(),
  /** Inacceptable option: ticked → 0 for the question. Must be a wrong option. */
  inacceptable: z.boolean().optional(),
  feedback: z.string().trim().optional(),
  /** Kept at its authored place when the options are shuffled (e.g. "aucune de ces réponses" last). */
  pinned: z.boolean().optional(),
});

/** New information a question brings, as on the EDN: visible from that question on, never before. */
export const newInformationSchema = z.strictObject({
  narrative: text.optional(),
  findings: z.array(findingSchema).optional(),
});

const questionBase = {
  id: slugId,
  stem: text,
  points: z.number().positive().default(1),
  objectives: z.array(slugId).min(1, "au moins un objectif pédagogique"),
  explanation: text,
  source: sourceQuote.optional(),
  newInformation: newInformationSchema.optional(),
  /** Errata ids (from case.yaml) that may be shown once this question is answered. */
  errata: z.array(slugId).optional(),
  edn: ednItems,
};

export const qruSchema = z.strictObject({ ...questionBase, type: z.literal("qru"), options: z.array(optionSchema).min(2) });
export const qrmSchema = z.strictObject({ ...questionBase, type: z.literal("qrm"), options: z.array(optionSchema).min(2) });
export const qrpSchema = z.strictObject({
  ...questionBase,
  type: z.literal("qrp"),
  /** Number of options to tick. */
  n: z.number().int().positive(),
  /** Long menu (10–25 options) shown as a searchable list. */
  longMenu: z.boolean().optional(),
  options: z.array(optionSchema).min(2),
});
export const qrocSchema = z.strictObject({
  ...questionBase,
  type: z.literal("qroc"),
  /** Accepted answers and synonyms (≤ 5 words each), compared after normalisation. */
  accepted: z.array(text).min(1),
  /** The answer shown in the debrief (defaults to the first accepted answer). */
  display: z.string().trim().optional(),
});
export const numericSchema = z.strictObject({
  ...questionBase,
  type: z.literal("numeric"),
  answer: z.number(),
  unit: z.string().trim(),
  /** Absolute tolerance, symmetric or {below, above}. */
  tolerance: z.union([
    z.number().nonnegative(),
    z.strictObject({ below: z.number().nonnegative(), above: z.number().nonnegative() }),
  ]),
});
export const orderingSchema = z.strictObject({
  ...questionBase,
  type: z.literal("ordering"),
  items: z.array(z.strictObject({ id: slugId, text })).min(2),
  /** Expected order, as item ids. */
  order: z.array(slugId).min(2),
  rule: z.strictObject({
    /** Item ids that must be at their expected position, else 0 for the question. */
    fixed: z.array(slugId).default([]),
    /** Fraction of the question lost per pair of items in the wrong relative order (= per adjacent swap). */
    perSwap: z.number().min(0).max(1),
    /** Pairs whose inversion is tolerated (not counted). */
    tolerated: z.array(z.tuple([slugId, slugId])).default([]),
    /** The rule in words, shown to the learner in the debrief. */
    text: text,
  }),
});
export const tcsSchema = z.strictObject({
  ...questionBase,
  type: z.literal("tcs"),
  hypothesis: text,
  information: text,
  /** The panel counts were set by the authors, not collected from a real expert panel: the player and
   * the debrief must say so (an illustrative panel) until a real panel answers. */
  illustrativePanel: z.boolean().optional(),
  /** Number of panel experts who chose each answer of the −2..+2 scale. */
  panel: z.strictObject({
    "-2": z.number().int().nonnegative(),
    "-1": z.number().int().nonnegative(),
    "0": z.number().int().nonnegative(),
    "1": z.number().int().nonnegative(),
    "2": z.number().int().nonnegative(),
  }),
});
export const zoneSchema = z.strictObject({
  ...questionBase,
  type: z.literal("zone"),
  /** The text shown to the learner; each zone's `text` must occur in it. */
  text: text,
  zones: z.array(z.strictObject({ id: slugId, text, correct: z.boolean().default(false), feedback: z.string().trim().optional() })).min(2),
});

/**
 * Clinical-reasoning tasks (issue #16). A problem representation is formative: the learner's summary
 * is stored and compared with the author's, never scored (points are always 0).
 */
export const representationSchema = z.strictObject({
  ...questionBase,
  type: z.literal("representation"),
  points: z.number().min(0, "une représentation du problème n'est pas notée : points 0").max(0, "une représentation du problème n'est pas notée : points 0").default(0),
  /** The author's one- or two-sentence summary, shown beside the learner's once submitted. */
  summary: text,
  /** The key qualifiers, each a passage of `summary` (highlighted there); the learner ticks those they had. */
  qualifiers: z.array(z.strictObject({ id: slugId, text })).min(1).max(10),
});
/** A ranked differential: up to 5 diagnoses from a long menu, each with a "can't-miss" flag (lib/scoring/differential.ts). */
export const differentialSchema = z.strictObject({
  ...questionBase,
  type: z.literal("differential"),
  /** The menu of diagnoses (shown sorted alphabetically and searchable, never in the authored order). */
  diagnoses: z.array(z.strictObject({ id: slugId, text })).min(2),
  /** The author's ranked list, most likely first (1 to 5 of `diagnoses`). */
  ranking: z.array(z.strictObject({ id: slugId, cantMiss: z.boolean().default(false) })).min(1).max(5),
});

export const questionSchema = z.discriminatedUnion("type", [
  qruSchema,
  qrmSchema,
  qrpSchema,
  qrocSchema,
  numericSchema,
  orderingSchema,
  tcsSchema,
  zoneSchema,
  representationSchema,
  differentialSchema,
]);

export const stageSchema = z.strictObject({
  id: slugId,
  title: text,
  /** Revealed on entry. Paragraphs separated by blank lines. */
  narrative: text,
  /** Quotes of the source this narrative draws on. */
  sources: z.array(sourceQuote).default([]),
  findings: z.array(findingSchema).default([]),
  investigations: z.array(investigationSchema).default([]),
  questions: z.array(questionSchema).default([]),
  /** Errata ids (from case.yaml) shown to the learner with this stage. Errata attached to no stage or
   * question are shown in the debrief only. */
  errata: z.array(slugId).default([]),
  /** The question before which the investigation menu closes (tests are chosen before that question's
   * stem is seen); absent: the menu stays open until the stage's last question is answered. */
  menuClosesBefore: slugId.optional(),
  /** How tests are chosen: from the visible list of the stage's investigations (default), or by searching
   * the shared catalogue, where the stage's investigations are found only through their `catalogue` ids. */
  menu: z.enum(["list", "catalogue"]).optional(),
  /** Catalogue menu: what ordering a test the case does not define costs (≤ 0; default −0.5, as an unnecessary test). */
  nonContributoryPoints: z.number().max(0, "un examen non contributif coûte des points : valeur ≤ 0 attendue").optional(),
});

export const caseMetaSchema = z.strictObject({
  title: text,
  summary: text,
  language: z.enum(["fr", "en"]),
  tags: z.array(text).min(1),
  level: text,
  estimatedMinutes: z.number().int().positive(),
  /** Time limit in exam mode (minutes); an assignment can override it. */
  examMinutes: z.number().int().positive().optional(),
  objectives: z.array(z.strictObject({ id: slugId, text, edn: ednItems })).min(1),
  /** EDN items the whole case covers (progress counts a question under its own items, else its objectives', else these). */
  edn: ednItems,
  keyDecision: text,
  teachingPoints: z.array(text).min(1),
  source: z.strictObject({
    /** File name under content/sources/. */
    file: z.string().regex(/^[\w.-]+\.(txt|md)$/),
    title: text,
    citation: text,
    licence: text,
    url: z.string().url().optional(),
  }),
  review: z.strictObject({
    status: z.enum(["draft", "pending", "reviewed"]),
    notes: z.array(text).default([]),
  }),
  errata: z
    .array(
      z.strictObject({
        id: slugId,
        /** The erroneous passage, quoted from the source. */
        quote: sourceQuote,
        correction: text,
      }),
    )
    .default([]),
  /** Terms that give the diagnosis away, with the stage that first reveals them. */
  spoilers: z.array(z.strictObject({ term: text, revealedAt: slugId })).default([]),
  /** Stage file names, in order, relative to the case folder. */
  stages: z.array(z.string().regex(/^[\w./-]+\.ya?ml$/)).min(1),
  /** Per-case override of the assessment limits checked by case:check (lib/content/assessment-figures.ts);
   * allowed only with the written reason why this case departs from the defaults. */
  assessmentLimits: z
    .strictObject({
      /** Highest mark out of 20 earned by ordering every investigation and answering nothing. */
      blindMarkMax: z.number().min(0).max(20).optional(),
      /** Highest share of the maximum carried by essential investigations, in percent. */
      investigationShareMax: z.number().min(0).max(100).optional(),
      /** Highest number of PMZ options in the case. */
      pmzMax: z.number().int().nonnegative().optional(),
      reason: text,
    })
    .optional(),
});

export type LabRow = z.infer<typeof labRowSchema>;
export type Finding = z.infer<typeof findingSchema>;
export type Relevance = z.infer<typeof relevanceSchema>;
export type Investigation = z.infer<typeof investigationSchema>;
export type Option = z.infer<typeof optionSchema>;
export type Question = z.infer<typeof questionSchema>;
export type NewInformation = z.infer<typeof newInformationSchema>;
export type QuestionType = Question["type"];
export type Stage = z.infer<typeof stageSchema>;
export type CaseMeta = z.infer<typeof caseMetaSchema>;
export type EdnItemRef = z.infer<typeof ednItemSchema>;

/** A fully loaded case: metadata, stages in order, and the source text. */
export type CaseDefinition = Omit<CaseMeta, "stages"> & {
  slug: string;
  stages: Stage[];
  sourceText: string;
};
