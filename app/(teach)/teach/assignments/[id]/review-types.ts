import type { Messages } from "@/messages";
import type { Translator } from "@/lib/i18n/translate";

/** What every section of the review page receives besides its data. */
export type SectionProps = { t: Translator<Messages>; locale: "fr" | "en" };
