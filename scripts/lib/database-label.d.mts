/** See database-label.mjs. */
export function redactedUrl(url: string): string;
export function databaseLabel(env?: { DATABASE_URL?: string; DATABASE_PATH?: string }): string;
