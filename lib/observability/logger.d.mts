import type { Logger, DestinationStream } from "pino";
import type { LogLevel } from "./log-level.mjs";
export const REDACT_PATHS: readonly string[];
export function createLogger(options?: { level?: LogLevel; destination?: DestinationStream }): Logger;
/** The process's logger (see logger.mjs). */
export function logger(): Logger;
