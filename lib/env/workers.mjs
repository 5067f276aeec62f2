import { availableParallelism } from "node:os";

/**
 * PROGRESSIF_WORKERS: how many server processes serve the port. Unset or empty: 1. "auto": one per
 * core. Otherwise an integer from 1 to 64; anything else is refused with a clear message.
 */
export function parseWorkers(raw) {
  if (raw === undefined || raw === "") return 1;
  if (raw === "auto") return Math.max(1, availableParallelism());
  if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > 64) {
    throw new Error(`PROGRESSIF_WORKERS vaut « auto » ou un entier de 1 à 64 (reçu : « ${raw} »).`);
  }
  return Number(raw);
}
