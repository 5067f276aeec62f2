/**
 * The reasons a question's feedback states, made consistent with its score (item 8 of issue 10: the
 * "points lost" explanation never contradicts itself). The scoring engine lists every rule it applied;
 * when a rule sets the question to 0 (a PMZ left unticked, an unacceptable option ticked, too many
 * options on a QRP, a fixed position missed in an ordering), a partial credit ("crédit de 0,5 sur 1")
 * would say the opposite, and "right option left unticked: A" repeats "PMZ left unticked: A".
 */
import type { Reason } from "@/lib/scoring/types";

/** Rules that set the question's score to 0 whatever the rest. */
const ZEROING = new Set<Reason["rule"]>(["pmz.missed", "inacceptable.ticked", "qrp.too-many", "ordering.fixed-misplaced"]);
/** Partial credits, meaningless once the question is set to 0. */
const CREDITS = new Set<Reason["rule"]>(["qrm.discordance", "qrp.partial", "ordering.swaps"]);
/** The plain option reasons that a zeroing reason on the same option already states. */
const SAME_OPTION: Partial<Record<Reason["rule"], Reason["rule"]>> = { "pmz.missed": "option.missed", "inacceptable.ticked": "option.wrong" };

export function coherentReasons(reasons: readonly Reason[]): Reason[] {
  const zeroing = reasons.filter((r) => ZEROING.has(r.rule));
  if (zeroing.length === 0) return [...reasons];
  const restated = new Set(zeroing.flatMap((r) => (SAME_OPTION[r.rule] ? [`${SAME_OPTION[r.rule]}|${String(r.params?.text ?? "")}`] : [])));
  return reasons.filter((r) => !CREDITS.has(r.rule) && !restated.has(`${r.rule}|${String(r.params?.text ?? "")}`));
}
