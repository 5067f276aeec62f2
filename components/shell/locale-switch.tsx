import { setLocaleAction } from "@/app/locale-actions";
import { getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/config";

export async function LocaleSwitch({ current }: { current: Locale }) {
  const t = await getT();
  const other: Locale = current === "fr" ? "en" : "fr";
  const language = t(`common.language.${other}`);
  return (
    <form action={setLocaleAction}>
      <input type="hidden" name="locale" value={other} />
      <button type="submit" className="btn-secondary px-2 py-1 text-xs" lang={other} aria-label={t("common.language.switchTo", { language })}>
        {other.toUpperCase()}
      </button>
    </form>
  );
}
