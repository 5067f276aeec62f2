"use client";
import { useI18n } from "@/components/i18n-provider";
import type { PublicQuestion } from "@/lib/player/view-types";
import type { Answer } from "@/lib/scoring/types";
import { chosenIds } from "./chosen";
import { TCS_KEYS, formatNumber, tcsSign } from "./logic";
import { ZoneText } from "./zone-text";
import { DifferentialAnswer } from "./differential-answer";

/** The learner's submitted answer, read-only (exam mode, before any feedback is earned). */
export function AnswerSummary({ question, answer }: { question: PublicQuestion; answer: Answer }) {
  const { t, locale } = useI18n();
  const chosen = chosenIds(answer);

  switch (question.type) {
    case "qru":
    case "qrm":
    case "qrp": {
      const options = question.options;
      return (
        <ul aria-label={t("questions.card.yourAnswer")} className="space-y-2">
          {options.map((o) => {
            const on = chosen.has(o.id);
            return (
              <li
                key={o.id}
                className={`flex items-start gap-3 rounded-md border p-3 ${on ? "border-brand-700 bg-brand-50 ring-1 ring-brand-700" : "border-slate-200 bg-white"}`}
              >
                <span aria-hidden="true" className="w-5 shrink-0 text-center font-bold text-brand-800">
                  {on ? "☑" : "☐"}
                </span>
                <span className="min-w-0 flex-1 break-words">{o.text}</span>
                {on && <span className="shrink-0 text-sm font-semibold text-brand-800">{t("questions.choice.chosen")}</span>}
              </li>
            );
          })}
        </ul>
      );
    }
    case "zone":
      return <ZoneText segments={question.segments} chosen={chosen} />;
    case "ordering": {
      const text = new Map(question.items.map((i) => [i.id, i.text]));
      const order = answer.type === "ordering" ? answer.order : [];
      return (
        <div>
          <p className="label">{t("questions.card.yourAnswer")}</p>
          <ol className="list-decimal space-y-1 pl-6">
            {order.map((id) => (
              <li key={id} className="break-words">
                {text.get(id) ?? id}
              </li>
            ))}
          </ol>
        </div>
      );
    }
    case "representation":
      return (
        <div>
          <p className="label">{t("reasoning.representation.yours")}</p>
          <p className="whitespace-pre-line break-words rounded-md border border-slate-200 bg-slate-50 p-3">{answer.type === "representation" ? answer.text : ""}</p>
        </div>
      );
    case "differential":
      return <DifferentialAnswer diagnoses={question.diagnoses} answer={answer} />;
    default:
      return (
        <p>
          <span className="font-medium">{t("questions.card.yourAnswerLabel")} </span>
          <span className="break-words font-semibold text-brand-800">{scalarAnswer(question, answer, locale, t)}</span>
        </p>
      );
  }
}

type T = ReturnType<typeof useI18n>["t"];

/** QROC, numeric and TCS answers as one line of text. */
export function scalarAnswer(question: PublicQuestion, answer: Answer, locale: "fr" | "en", t: T): string {
  switch (answer.type) {
    case "qroc":
      return t("questions.card.quoted", { text: answer.text });
    case "numeric":
      return `${formatNumber(locale, answer.value)}${question.type === "numeric" && question.unit ? ` ${question.unit}` : ""}`;
    case "tcs":
      return `${tcsSign(answer.value)} — ${t(`questions.tcs.scale.${TCS_KEYS[answer.value]}.label`)}`;
    default:
      return "";
  }
}
