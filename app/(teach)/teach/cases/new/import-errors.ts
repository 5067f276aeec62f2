import type { Messages } from "@/messages";
import type { Translator } from "@/lib/i18n/translate";
import type { ImportErrorCode } from "./actions";

const CODES = ["empty", "too-large", "unsupported", "unreadable", "no-text", "too-short", "too-long", "too-complex", "no-content", "too-many-items", "invalid", "stale", "no-stage", "unauthenticated", "forbidden"] as const;

/** The message for an import failure, in the UI language; the server's detail fills in where useful. */
export function importErrorMessage(t: Translator<Messages>, error: ImportErrorCode | "unexpected", detail = ""): string {
  const code = (CODES as readonly string[]).includes(error) ? (error as (typeof CODES)[number]) : "unexpected";
  return t(`authoring.importFlow.errors.${code}`, { message: detail });
}
