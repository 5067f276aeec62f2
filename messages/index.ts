import type { Locale } from "@/lib/i18n/config";
import { fr } from "./fr";
import { en } from "./en";

export type Messages = typeof fr;
export const catalogues: Record<Locale, Messages> = { fr, en };
