"use client";
import { useI18n } from "@/components/i18n-provider";
import { useChecksInside, useEditorRefs } from "./editor-context";
import { CheckMessages, useField } from "./field-messages";

/** The learning objectives a question tests, ticked among the case's objectives. */
export function ObjectivesPicker({ path, value, onChange }: { path: string; value: readonly string[]; onChange: (ids: string[]) => void }) {
  const { t } = useI18n();
  const refs = useEditorRefs();
  const group = useField(path);
  // A reference to a removed objective has no checkbox: its message is shown with the group.
  const inside = useChecksInside(path);
  const insideId = `${group.id}-inside`;
  const describedBy = [group.control["aria-describedby"], inside.length ? insideId : ""].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset id={group.id} tabIndex={-1} aria-describedby={describedBy}>
      <legend className="label">{t("editor.questions.objectives")}</legend>
      {refs.objectives.length === 0 && <p className="text-sm text-slate-600">{t("editor.questions.noObjectives")}</p>}
      <ul className="space-y-1">
        {refs.objectives.map((o, k) => {
          const id = `${group.id}-o${k}`;
          return (
            <li key={`${o.id}-${k}`} className="flex items-start gap-2">
              <input
                id={id}
                type="checkbox"
                className="mt-1 h-4 w-4 shrink-0"
                checked={value.includes(o.id)}
                onChange={(e) => onChange(e.target.checked ? [...value, o.id] : value.filter((x) => x !== o.id))}
              />
              <label htmlFor={id} className="text-sm">
                {o.text.trim() || o.id}
              </label>
            </li>
          );
        })}
      </ul>
      {group.messages}
      <CheckMessages id={insideId} checks={inside} />
    </fieldset>
  );
}
