/** Moodle's threshold for a "dubious" question (statistics_table.php, is_dubious_question). */
export const LOW_EFFICIENCY_THRESHOLD = 15;

/**
 * Why an item is flagged for the instructor, as a stable code plus the figure that triggered it
 * (the UI renders the sentence from its message catalogue, in the reader's language).
 * - negative-discrimination: stronger students did worse on it than weaker ones, which usually
 *   means a wrong key, an ambiguous stem or a trap option.
 * - low-efficiency: it discriminates at under 15 % of what its facility would allow.
 * A negatively discriminating item always has a negative efficiency too, so it carries both.
 */
export type ItemFlagReason =
  | { code: "negative-discrimination"; value: number; threshold: 0 }
  | { code: "low-efficiency"; value: number; threshold: typeof LOW_EFFICIENCY_THRESHOLD };

/**
 * Undefined statistics (null: nobody or everybody got the marks, too few students) raise no flag,
 * as in Moodle: there is no evidence the item is faulty, and facility already shows it.
 */
export function itemFlagReasons(
  discrimination: number | null,
  efficiency: number | null,
): ItemFlagReason[] {
  const reasons: ItemFlagReason[] = [];
  if (discrimination !== null && discrimination < 0) {
    reasons.push({ code: "negative-discrimination", value: discrimination, threshold: 0 });
  }
  if (efficiency !== null && efficiency < LOW_EFFICIENCY_THRESHOLD) {
    reasons.push({ code: "low-efficiency", value: efficiency, threshold: LOW_EFFICIENCY_THRESHOLD });
  }
  return reasons;
}
