/**
 * Reads the bounds of a reference range typed by an author: "12,2-16,1", "138 000 - 381 000",
 * "< 5", "N < 5", "VN : 15-35", "> 60". Anything else keeps its text without bounds. Pure module.
 */
import { parseNumber } from "@/lib/import/text/parse-number";

const NUM = String.raw`-?\d[\d \u00a0\u202f]*(?:[.,]\d+)*`;
const LABEL = String.raw`(?:[\p{L}. ]{0,24}?\s*[:=]?\s*)?`;
const BELOW = new RegExp(String.raw`^${LABEL}(<=|<|≤)\s*(${NUM})\s*\S*$`, "u");
const ABOVE = new RegExp(String.raw`^${LABEL}(>=|>|≥)\s*(${NUM})\s*\S*$`, "u");
const BETWEEN = new RegExp(String.raw`^${LABEL}(${NUM})\s*(?:-|–|—|à|a|to)\s*(${NUM})\s*\S*$`, "u");

export type RangeBounds = { low?: number; high?: number };

const num = (raw: string) => {
  const n = parseNumber(raw.trim(), "decimal");
  return Number.isFinite(n) ? n : undefined;
};

export function parseRangeText(text: string): RangeBounds {
  const s = text.trim().replace(/^[([]\s*|\s*[)\]]$/g, "");
  let m = BETWEEN.exec(s);
  if (m) {
    const low = num(m[1]);
    const high = num(m[2]);
    return low !== undefined && high !== undefined && low <= high ? { low, high } : {};
  }
  m = BELOW.exec(s);
  if (m) return num(m[2]) === undefined ? {} : { high: num(m[2]) };
  m = ABOVE.exec(s);
  if (m) return num(m[2]) === undefined ? {} : { low: num(m[2]) };
  return {};
}

/** The flag a value gets against bounds, or undefined when there is nothing to compare. */
export function flagFor(value: number | string, bounds: RangeBounds): "low" | "high" | "normal" | undefined {
  if (typeof value !== "number" || (bounds.low === undefined && bounds.high === undefined)) return undefined;
  if (bounds.low !== undefined && value < bounds.low) return "low";
  if (bounds.high !== undefined && value > bounds.high) return "high";
  return "normal";
}
