/** Sign-in rate limit policy (pure). */
export const WINDOW_MS = 15 * 60 * 1000;
/** Failed sign-ins allowed per account within the window. */
export const MAX_PER_ACCOUNT = 5;
/** Failed sign-ins allowed per client address within the window (several users may share an address). */
export const MAX_PER_CLIENT = 30;
/** Wrong cohort codes allowed per student within the window (codes must not be guessable by trying). */
export const MAX_JOIN_FAILURES = 10;

/** Given the failure timestamps in the window (ascending), when may the key try again (ms), or null if now. */
export function retryAt(failures: number[], max: number, now: number): number | null {
  const recent = failures.filter((t) => t > now - WINDOW_MS);
  if (recent.length < max) return null;
  // The oldest failure that keeps the count at the limit must leave the window first.
  return recent[recent.length - max] + WINDOW_MS;
}
