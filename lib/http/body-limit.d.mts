/** See body-limit.mjs. */
export const MAX_BODY_BYTES: number;
export const BODY_TOO_LARGE_MESSAGE: string;
export function announcedBodyTooLarge(headers: Record<string, string | string[] | undefined>, limit?: number): boolean | "unknown";
