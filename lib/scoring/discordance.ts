/** EDN QRM table: credit by number of discordances (wrong option ticked or right option left unticked). */
const CREDIT_BY_DISCORDANCES = [1, 0.5, 0.2] as const;

export function discordanceCredit(discordances: number): number {
  if (!Number.isInteger(discordances) || discordances < 0) {
    throw new RangeError(`discordance count must be a non-negative integer, got ${discordances}`);
  }
  return CREDIT_BY_DISCORDANCES[discordances] ?? 0;
}
