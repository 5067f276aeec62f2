/** Public API of the scoring engine (pure: no Next, React or database imports). */
export { scoreAttempt } from "./attempt";
export { scoreQuestion } from "./question";
export { scoreInvestigations } from "./investigations";
export { discordanceCredit } from "./discordance";
export { scoreQru, scoreDiscordance, scoreQrp, type Credit } from "./choice";
export { scoreQroc } from "./qroc";
export { scoreNumeric, parseFrenchNumber, toleranceBounds, type Tolerance } from "./numeric";
export { scoreOrdering } from "./ordering";
export { scoreDifferential, DIFFERENTIAL_MAX, DIFFERENTIAL_WEIGHTS, type DifferentialParts, type RankedDiagnosis } from "./differential";
export { scoreTcs, formatTcs, TCS_VALUES, type TcsValue, type TcsPanel } from "./tcs";
export { normalizeText, normalizeAnswer } from "./normalize";
export { describeReason, type Locale } from "./describe";
export { validateAnswer, QROC_MAX_WORDS, QROC_MAX_CHARS, type AnswerValidation } from "./validate";
export { RULES, type RuleCode } from "./reasons";
export type * from "./types";
