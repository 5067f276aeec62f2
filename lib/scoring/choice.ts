/** QRU, QRM, QRP and zone questions: options ticked or not, with PMZ/inacceptable overrides. */
import type { Option } from "@/lib/content/schema";
import { discordanceCredit } from "./discordance";
import type { Reason } from "./types";

export type Credit = { credit: number; reasons: Reason[] };
type Choice = Pick<Option, "id" | "text" | "correct"> & Partial<Pick<Option, "pmz" | "inacceptable">>;

type Tally = { ticked: Set<string>; missed: Choice[]; wrong: Choice[]; overrides: Reason[] };

function tally(options: readonly Choice[], choices: readonly string[]): Tally {
  const known = new Set(options.map((o) => o.id));
  // Unknown ids are rejected by validateAnswer; ignoring them here keeps scoring total.
  const ticked = new Set(choices.filter((id) => known.has(id)));
  const overrides: Reason[] = [];
  for (const o of options) {
    if (o.pmz && !ticked.has(o.id)) overrides.push({ rule: "pmz.missed", params: { option: o.id, text: o.text } });
  }
  for (const o of options) {
    if (o.inacceptable && ticked.has(o.id)) overrides.push({ rule: "inacceptable.ticked", params: { option: o.id, text: o.text } });
  }
  return {
    ticked,
    missed: options.filter((o) => o.correct && !ticked.has(o.id)),
    wrong: options.filter((o) => !o.correct && ticked.has(o.id)),
    overrides,
  };
}

const optionReasons = (t: Tally, prefix: "option" | "zone"): Reason[] => [
  ...t.missed.map((o) => ({ rule: `${prefix}.missed`, params: { option: o.id, text: o.text } })),
  ...t.wrong.map((o) => ({ rule: `${prefix}.wrong`, params: { option: o.id, text: o.text } })),
];

export function scoreQru(options: readonly Choice[], choice: string): Credit {
  const t = tally(options, [choice]);
  const right = options.find((o) => o.correct);
  const chosen = options.find((o) => o.id === choice);
  const reasons: Reason[] = [...t.overrides];
  if (!chosen?.correct) {
    reasons.push({
      rule: "qru.wrong",
      params: { option: choice, text: chosen?.text ?? choice, expected: right?.id ?? "", expectedText: right?.text ?? "" },
    });
  }
  return { credit: chosen?.correct && t.overrides.length === 0 ? 1 : 0, reasons };
}

/** QRM and zone: the discordance table. */
export function scoreDiscordance(options: readonly Choice[], choices: readonly string[], prefix: "option" | "zone"): Credit {
  const t = tally(options, choices);
  const count = t.missed.length + t.wrong.length;
  const tableCredit = discordanceCredit(count);
  const reasons = [...t.overrides, ...optionReasons(t, prefix)];
  if (count > 0) reasons.push({ rule: "qrm.discordance", params: { count, credit: tableCredit } });
  return { credit: t.overrides.length > 0 ? 0 : tableCredit, reasons };
}

/** QRP: x/n for x right options among at most n ticked; more than n ticked → 0. */
export function scoreQrp(options: readonly Choice[], choices: readonly string[], n: number): Credit {
  const t = tally(options, choices);
  const reasons: Reason[] = [...t.overrides];
  if (t.ticked.size > n) {
    reasons.push({ rule: "qrp.too-many", params: { ticked: t.ticked.size, n } });
    return { credit: 0, reasons };
  }
  const right = t.ticked.size - t.wrong.length;
  if (right < n) {
    reasons.push(...optionReasons(t, "option"));
    reasons.push({ rule: "qrp.partial", params: { right, n } });
  }
  return { credit: t.overrides.length > 0 ? 0 : Math.min(right, n) / n, reasons };
}
