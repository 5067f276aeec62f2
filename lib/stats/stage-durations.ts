import { medianOfSorted } from "./median";

/** Time one student spent on one stage; `duration` null when the stage was never finished. */
export type StageDuration<K> = { stage: K; duration: number | null };

export type StageDurationSummary = { n: number; median: number | null };

/**
 * Median time per stage (in whatever unit the durations are given, typically ms).
 *
 * The median rather than the mean: a student who leaves a stage open overnight would drag a mean
 * far from what a typical learner spends. Unfinished stages (null) and impossible values
 * (negative or non-finite, e.g. from a bad timestamp) are left out; `n` says how many durations
 * were used. Stages come back in order of first appearance, so passing rows in stage order keeps
 * the report in stage order.
 */
export function medianDurationByStage<K>(
  rows: Iterable<StageDuration<K>>,
): Map<K, StageDurationSummary> {
  const byStage = new Map<K, number[]>();
  for (const { stage, duration } of rows) {
    let list = byStage.get(stage);
    if (!list) byStage.set(stage, (list = []));
    if (duration !== null && Number.isFinite(duration) && duration >= 0) list.push(duration);
  }

  const result = new Map<K, StageDurationSummary>();
  for (const [stage, list] of byStage) {
    list.sort((a, b) => a - b);
    result.set(stage, { n: list.length, median: medianOfSorted(list) });
  }
  return result;
}
