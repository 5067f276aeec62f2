"use client";
import { useI18n } from "@/components/i18n-provider";
import type { Question } from "@/lib/content/schema";
import { nextLetterId } from "./blank";
import { CheckboxField } from "./checkbox-field";
import { sub } from "./field-id";
import { ObjectList } from "./object-list";
import { TextField } from "./text-field";

type Zone = Extract<Question, { type: "zone" }>;
type ZoneItem = Zone["zones"][number];

/** Zone on a text: the text shown, and the passages (zones) to click, right or not. */
export function ZoneEditor({ question: q, path, onChange }: { question: Zone; path: string; onChange: (q: Zone) => void }) {
  const { t } = useI18n();
  return (
    <>
      <TextField path={sub(path, "text")} label={t("editor.zone.text")} help={t("editor.zone.textHelp")} value={q.text} multiline rows={5} onChange={(text) => onChange({ ...q, text })} />
      <ObjectList<ZoneItem>
        path={sub(path, "zones")}
        legend={t("editor.zone.zones")}
        items={q.zones}
        onChange={(zones) => onChange({ ...q, zones })}
        itemName={(_, k) => t("editor.zone.name", { n: k + 1 })}
        addLabel={t("editor.zone.add")}
        create={() => ({ id: nextLetterId(q.zones.map((z) => z.id)), text: "", correct: false })}
        focusField="text"
        className="space-y-2"
        renderItem={({ item, index, path: p, set, controls }) => (
          <div className={`space-y-2 rounded-md border p-2 sm:p-3 ${item.correct ? "border-emerald-300 bg-emerald-50" : "border-slate-200 bg-slate-50"}`}>
            <TextField path={sub(p, "text")} label={t("editor.zone.zoneText", { n: index + 1 })} help={index === 0 ? t("editor.zone.zoneTextHelp") : undefined} value={item.text} onChange={(text) => set({ ...item, text })} />
            <CheckboxField path={sub(p, "correct")} label={t("editor.zone.correct", { n: index + 1 })} checked={item.correct ?? false} onChange={(correct) => set({ ...item, correct })} />
            <TextField path={sub(p, "feedback")} label={t("editor.zone.feedback", { n: index + 1 })} value={item.feedback} onChange={(feedback) => set({ ...item, feedback: feedback || undefined })} />
            {controls}
          </div>
        )}
      />
    </>
  );
}
