// The JSON logger (pino), shared by the server wrapper (scripts/lib/server.mjs) and the app.
// One instance per process, kept on globalThis: the app's bundle and the wrapper load this file
// separately and must write through the same destination.
import pino from "pino";
import { parseLogLevel } from "./log-level.mjs";

/**
 * What never reaches a log line, whoever logs an object carrying it: credentials (cookies, the
 * Authorization header, passwords, reset tokens) and what a student answered. The request lines
 * log none of these; this is the net for an error logged with its context.
 */
export const REDACT_PATHS = [
  "headers.cookie",
  "headers.authorization",
  'headers["set-cookie"]',
  "*.headers.cookie",
  "*.headers.authorization",
  'headers["x-forwarded-for"]',
  "password",
  "*.password",
  "newPassword",
  "*.newPassword",
  "token",
  "*.token",
  "answer",
  "*.answer",
  "answers",
  "*.answers",
  "email",
  "*.email",
];

const KEY = Symbol.for("progressif.logger");

/** A logger writing to `destination` (a pino destination stream), or to LOG_FILE / stdout. */
export function createLogger({ level = parseLogLevel(process.env.LOG_LEVEL), destination } = {}) {
  const dest = destination ?? (process.env.LOG_FILE ? pino.destination({ dest: process.env.LOG_FILE, append: true, mkdir: true, sync: true }) : pino.destination({ fd: 1, sync: true }));
  return pino(
    {
      level,
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACT_PATHS, censor: "[redacted]" },
    },
    dest,
  );
}

export function logger() {
  return (globalThis[KEY] ??= createLogger());
}
