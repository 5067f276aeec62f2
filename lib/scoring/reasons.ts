/**
 * Stable rule codes of the reasons a score gives. Stored with responses and rendered by
 * `describeReason`, so a code never changes meaning once shipped.
 */
export const RULES = [
  "question.unanswered",
  "question.type-mismatch",
  "option.missed",
  "option.wrong",
  "zone.missed",
  "zone.wrong",
  "pmz.missed",
  "inacceptable.ticked",
  "qru.wrong",
  "qrm.discordance",
  "qrp.too-many",
  "qrp.partial",
  "qroc.wrong",
  "numeric.out-of-range",
  "ordering.fixed-misplaced",
  "ordering.pair-inverted",
  "ordering.swaps",
  "tcs.partial",
  "differential.absent",
  "differential.rank",
  "differential.cant-miss-absent",
  "differential.cant-miss-unflagged",
  "differential.false-alarm",
  "differential.credit",
  "investigation.essential-missed",
  "investigation.unnecessary",
  "investigation.harmful",
  "investigation.non-contributory",
  "attempt.floored",
] as const;

export type RuleCode = (typeof RULES)[number];
