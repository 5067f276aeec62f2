import type { Credit } from "./choice";
import { normalizeAnswer } from "./normalize";

/** QROC: 1 when the normalised answer equals a normalised accepted answer (or synonym), else 0 (see normalizeAnswer). */
export function scoreQroc(accepted: readonly string[], given: string, display?: string): Credit {
  const answer = normalizeAnswer(given);
  const ok = answer.length > 0 && accepted.some((a) => normalizeAnswer(a) === answer);
  if (ok) return { credit: 1, reasons: [] };
  return { credit: 0, reasons: [{ rule: "qroc.wrong", params: { given, expected: display ?? accepted[0] ?? "" } }] };
}
