/** Pure part of the content module (safe for any runtime). The loader lives in ./load (Node fs). */
export * from "./schema";
export { checkCase, caseStats, type CaseStats } from "./check";
export { spoilerMatcher } from "./spoilers";
export { findLeaks, type Leak, type LeakCode } from "./leaks";
export { checkLeaks } from "./check-leaks";
export { locateQuote, normaliseQuote, quoteMatcher } from "./quotes";
export { formatPath, parsePath, type CaseError, type PathSegment } from "./errors";
