/**
 * `<input type="datetime-local">` values ("2025-03-14T08:30") read and written in the platform's
 * time zone (APP_TIME_ZONE), whatever the server process's TZ, so what an instructor types is what
 * everyone is shown.
 */
import { appTimeZone } from "@/lib/time/app-zone";
import { formatZonedInput, parseZonedDateTime } from "@/lib/time/zone";

export function parseLocalDateTime(value: string, zone: string = appTimeZone()): number | null {
  return parseZonedDateTime(value, zone);
}

export function toLocalDateTimeInput(ms: number, zone: string = appTimeZone()): string {
  return formatZonedInput(ms, zone);
}
