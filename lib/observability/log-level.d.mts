export type LogLevel = "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
export const LOG_LEVELS: readonly LogLevel[];
/** The pino level LOG_LEVEL asks for (see log-level.mjs). */
export function parseLogLevel(raw: string | undefined): LogLevel;
