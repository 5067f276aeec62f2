/**
 * Sign-in, sign-up and join-code limits (pure). A guesser is stopped per (account, client) and per
 * client; the account as a whole only gets a slowing backstop (one try every few seconds, growing
 * with the failures), so that guesses from many addresses cannot lock the owner out.
 */
export const WINDOW_MS = 15 * 60 * 1000;
/** Failed sign-ins allowed per account from one client within the window. */
export const MAX_PER_ACCOUNT = 5;
/** Failed sign-ins allowed per client address within the window (several users may share an address). */
export const MAX_PER_CLIENT = 30;
/** Failures of one account (all clients) within the window after which each try must wait. */
export const BACKSTOP_AFTER = 10;
/** Longest wait the backstop imposes between two tries on one account. */
export const BACKSTOP_MAX_DELAY_MS = 60_000;
/** Sign-ups allowed per client address within the window (success or not). */
export const MAX_SIGNUPS_PER_CLIENT = 10;
/** Wrong cohort codes allowed per student within the window (codes must not be guessable by trying). */
export const MAX_JOIN_FAILURES = 10;

/** Given the failure timestamps in the window (ascending), when may the key try again (ms), or null if now. */
export function retryAt(failures: number[], max: number, now: number): number | null {
  const recent = failures.filter((t) => t > now - WINDOW_MS);
  if (recent.length < max) return null;
  // The oldest failure that keeps the count at the limit must leave the window first.
  return recent[recent.length - max] + WINDOW_MS;
}

/**
 * The account-wide backstop: after BACKSTOP_AFTER failures in the window, the next try waits after
 * the latest failure 1 s, 2 s, 4 s… up to BACKSTOP_MAX_DELAY_MS. It delays; it never locks.
 */
export function backstopRetryAt(failures: number[], now: number): number | null {
  const recent = failures.filter((t) => t > now - WINDOW_MS);
  if (recent.length < BACKSTOP_AFTER) return null;
  const delay = Math.min(BACKSTOP_MAX_DELAY_MS, 1000 * 2 ** (recent.length - BACKSTOP_AFTER));
  const at = Math.max(...recent) + delay;
  return at > now ? at : null;
}
