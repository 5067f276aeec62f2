import { DEFAULT_TIME_ZONE, isValidTimeZone } from "./zone";

/**
 * The platform's time zone (APP_TIME_ZONE, validated at start-up by lib/env/schema.ts). On the
 * server it is read from the environment; in the browser, from the `data-time-zone` attribute the
 * root layout puts on <html> (the server's value), so server and client render the same dates.
 */
export function appTimeZone(): string {
  const raw = typeof document !== "undefined" ? document.documentElement.dataset.timeZone : process.env.APP_TIME_ZONE;
  return raw && isValidTimeZone(raw) ? raw : DEFAULT_TIME_ZONE;
}
