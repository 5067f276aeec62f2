/**
 * Spoiler terms: the matcher, shared with the leak rules (leaks.ts) that check where a term may show.
 * Case- and accent-insensitive, whole words only ("LAM" does not match "lamelle"), and each word may
 * take a plural -s/-x ("leucémie aiguë" matches "leucémies aiguës").
 */
export { termMatcher as spoilerMatcher } from "./leaks";
