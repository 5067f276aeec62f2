/** Number and date display for the pages; dates in the platform's time zone (APP_TIME_ZONE). */
import { appTimeZone } from "@/lib/time/app-zone";

type Locale = "fr" | "en";
const tag = (locale: Locale) => (locale === "fr" ? "fr-FR" : "en-GB");

export function formatNumber(value: number, locale: Locale, digits = 2): string {
  return new Intl.NumberFormat(tag(locale), { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(value);
}

/** A fixed number of decimals, e.g. alpha "0,83" — so the page reads like the CSV rounded. */
export function formatFixed(value: number, locale: Locale, digits = 2): string {
  return new Intl.NumberFormat(tag(locale), { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value);
}

export function formatPercent(share: number, locale: Locale, digits = 0): string {
  return new Intl.NumberFormat(tag(locale), { style: "percent", maximumFractionDigits: digits, minimumFractionDigits: digits }).format(share);
}

export function dateTimeFormatter(locale: Locale, timeZone: string = appTimeZone()): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(tag(locale), { dateStyle: "medium", timeStyle: "short", timeZone });
}

export function formatMinutes(ms: number, locale: Locale): string {
  const minutes = ms / 60_000;
  return `${formatNumber(minutes, locale, minutes < 10 ? 1 : 0)} min`;
}

/** Day and time in one short run ("16/11/2026 16:46"), for dense tables. */
export function shortDateTimeFormatter(locale: Locale, timeZone: string = appTimeZone()): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(tag(locale), { dateStyle: "short", timeStyle: "short", timeZone });
}
