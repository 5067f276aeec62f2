import type { NewInformationView } from "@/lib/player/view-types";
import type { Messages } from "@/messages";
import type { Translator } from "@/lib/i18n/translate";
import { Findings } from "./findings";
import { Paragraphs } from "./paragraphs";

/** What a question brings to the case (a narrative paragraph, findings such as a lab table), shown above its stem. */
export function NewInformation({ info, t }: { info: NewInformationView; t: Translator<Messages> }) {
  return (
    <div className="space-y-3 rounded-md border-l-4 border-brand-600 bg-brand-50/60 p-3" data-testid="new-information">
      <p className="text-sm font-semibold text-brand-800">{t("player.attempt.newInformation")}</p>
      {info.narrative && <Paragraphs text={info.narrative} className="space-y-2 leading-relaxed" />}
      {info.findings && info.findings.length > 0 && <Findings findings={info.findings} t={t} />}
    </div>
  );
}
