// LOG_LEVEL's one rule, read by the server wrapper (plain JavaScript) and by the env schema.
export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"];

/** The pino level LOG_LEVEL asks for; unset or empty is "info". Throws a clear message otherwise. */
export function parseLogLevel(raw) {
  if (raw === undefined || raw === "") return "info";
  if (!LOG_LEVELS.includes(raw)) throw new Error(`LOG_LEVEL vaut ${LOG_LEVELS.join(", ")}`);
  return raw;
}
