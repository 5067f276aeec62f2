/** Cohort score review statistics (pure: no Next, React or database imports). */
export { describe, type Description } from "./describe";
export { histogram, type HistogramBin, type HistogramOptions } from "./histogram";
export { median } from "./median";
export { itemAnalysis, type ItemAnalysis, type ItemStats } from "./item-analysis";
export { LOW_EFFICIENCY_THRESHOLD, type ItemFlagReason } from "./item-flags";
export { cronbachAlpha } from "./cronbach-alpha";
export { discriminativeEfficiency } from "./discriminative-efficiency";
export {
  choiceFrequencies,
  type ChoiceAnswer,
  type ChoiceFrequencies,
  type OptionFrequency,
  type OptionId,
} from "./choice-frequencies";
export { medianDurationByStage, type StageDuration, type StageDurationSummary } from "./stage-durations";
