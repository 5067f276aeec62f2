import type { Credit } from "./choice";

export const TCS_VALUES = [-2, -1, 0, 1, 2] as const;
export type TcsValue = (typeof TCS_VALUES)[number];
export type TcsPanel = Record<"-2" | "-1" | "0" | "1" | "2", number>;

const key = (v: TcsValue) => String(v) as keyof TcsPanel;

/** TCS aggregate scoring: experts who chose the learner's answer ÷ experts who chose the modal answer. */
export function scoreTcs(panel: TcsPanel, value: TcsValue): Credit {
  const modalCount = Math.max(...TCS_VALUES.map((v) => panel[key(v)]));
  if (modalCount <= 0) return { credit: 0, reasons: [] };
  const experts = panel[key(value)] ?? 0;
  const credit = experts / modalCount;
  if (credit >= 1) return { credit: 1, reasons: [] };
  const modal = TCS_VALUES.filter((v) => panel[key(v)] === modalCount).map(formatTcs);
  return {
    credit,
    reasons: [{ rule: "tcs.partial", params: { given: formatTcs(value), modal, experts, modalExperts: modalCount, credit } }],
  };
}

/** "+1", "0", "−2" as printed on the scale. */
export const formatTcs = (v: number) => (v > 0 ? `+${v}` : String(v));
