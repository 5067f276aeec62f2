"use client";
import { useI18n } from "@/components/i18n-provider";
import { useChecksInside, useEditorRefs } from "./editor-context";
import { CheckMessages, useField } from "./field-messages";

/** Which of the case's errata are shown to the learner with this stage (or, `legend` given, once a question is answered). */
export function StageErrataPicker({ path, value, onChange, legend }: { path: string; value: readonly string[]; onChange: (ids: string[]) => void; legend?: string }) {
  const { t } = useI18n();
  const refs = useEditorRefs();
  const group = useField(path);
  // A reference to an erratum that no longer exists has no checkbox: its message is shown here.
  const inside = useChecksInside(path);
  return (
    <fieldset id={group.id} tabIndex={-1} aria-describedby={[group.control["aria-describedby"], inside.length ? `${group.id}-inside` : ""].filter(Boolean).join(" ") || undefined}>
      <legend className="label">{legend ?? t("editor.stages.errata")}</legend>
      <ul className="space-y-1">
        {refs.errata.map((e, k) => {
          const id = `${group.id}-e${k}`;
          return (
            <li key={`${e.id}-${k}`} className="flex items-start gap-2">
              <input
                id={id}
                type="checkbox"
                className="mt-1 h-4 w-4 shrink-0"
                checked={value.includes(e.id)}
                onChange={(ev) => onChange(ev.target.checked ? [...value, e.id] : value.filter((x) => x !== e.id))}
              />
              <label htmlFor={id} className="text-sm">
                {t("editor.errata.option", { id: e.id, quote: e.quote || "…" })}
              </label>
            </li>
          );
        })}
      </ul>
      {group.messages}
      <CheckMessages id={`${group.id}-inside`} checks={inside} />
    </fieldset>
  );
}
