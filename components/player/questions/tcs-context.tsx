"use client";
import { useI18n } from "@/components/i18n-provider";
import type { QuestionOfType } from "./types";

/** The two parts of a TCS item, laid out as on the EDN sheet: the hypothesis, then the new information. */
export function TcsContext({ question, id }: { question: QuestionOfType<"tcs">; id: string }) {
  const { t } = useI18n();
  return (
    <dl id={id} className="grid gap-2 rounded-md border border-slate-200 bg-slate-50 p-3 sm:grid-cols-2">
      <div>
        <dt className="text-sm font-semibold text-slate-700">{t("questions.tcs.hypothesis")}</dt>
        <dd className="mt-0.5 break-words text-base text-slate-900">{question.hypothesis}</dd>
      </div>
      <div>
        <dt className="text-sm font-semibold text-slate-700">{t("questions.tcs.information")}</dt>
        <dd className="mt-0.5 break-words text-base text-slate-900">{question.information}</dd>
      </div>
    </dl>
  );
}
