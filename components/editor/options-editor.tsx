"use client";
import { useI18n } from "@/components/i18n-provider";
import type { Option } from "@/lib/content/schema";
import { blankOption } from "./blank";
import { CheckboxField } from "./checkbox-field";
import { optionLetter } from "./draft-edits";
import { sub } from "./field-id";
import { ObjectList } from "./object-list";
import { TextField } from "./text-field";

/** The options of a QRU/QRM/QRP: text, right or wrong, PMZ, inacceptable, feedback. */
export function OptionsEditor({ path, options, onChange }: { path: string; options: readonly Option[]; onChange: (options: Option[]) => void }) {
  const { t } = useI18n();
  return (
    <ObjectList
      path={path}
      legend={t("editor.options.legend", { count: options.length })}
      items={options}
      onChange={onChange}
      itemName={(_, k) => t("editor.options.name", { letter: optionLetter(k) })}
      addLabel={t("editor.options.add")}
      create={() => blankOption(options.map((o) => o.id))}
      focusField="text"
      className="space-y-2"
      renderItem={({ item, index, path: p, set, controls }) => {
        const letter = optionLetter(index);
        return (
          <div className={`space-y-2 rounded-md border p-2 sm:p-3 ${item.correct ? "border-emerald-300 bg-emerald-50" : "border-slate-200 bg-slate-50"}`}>
            <TextField path={sub(p, "text")} label={t("editor.options.text", { letter })} value={item.text} onChange={(text) => set({ ...item, text })} />
            <div className="flex flex-wrap items-center gap-x-5 gap-y-2">
              <CheckboxField path={sub(p, "correct")} label={t("editor.options.correct", { letter })} checked={item.correct ?? false} onChange={(correct) => set({ ...item, correct })} />
              <CheckboxField path={sub(p, "pmz")} label={t("editor.options.pmz", { letter })} checked={item.pmz ?? false} onChange={(pmz) => set({ ...item, pmz: pmz || undefined })} />
              <CheckboxField
                path={sub(p, "inacceptable")}
                label={t("editor.options.inacceptable", { letter })}
                checked={item.inacceptable ?? false}
                onChange={(inacceptable) => set({ ...item, inacceptable: inacceptable || undefined })}
              />
              <CheckboxField path={sub(p, "pinned")} label={t("editorFlow.pinned", { letter })} checked={item.pinned ?? false} onChange={(pinned) => set({ ...item, pinned: pinned || undefined })} />
              <div className="ml-auto">{controls}</div>
            </div>
            <TextField path={sub(p, "feedback")} label={t("editor.options.feedback", { letter })} value={item.feedback} onChange={(feedback) => set({ ...item, feedback: feedback || undefined })} />
          </div>
        );
      }}
    />
  );
}
