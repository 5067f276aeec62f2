"use client";
import { useI18n } from "@/components/i18n-provider";
import type { Question } from "@/lib/content/schema";
import { useField } from "./field-messages";
import { sub } from "./field-id";
import { NumberField } from "./number-field";
import { TextField } from "./text-field";

type Tcs = Extract<Question, { type: "tcs" }>;
const SCALE = ["-2", "-1", "0", "1", "2"] as const;

/** TCS: hypothesis, new information, and how many panel experts chose each point of −2..+2. */
export function TcsEditor({ question: q, path, onChange }: { question: Tcs; path: string; onChange: (q: Tcs) => void }) {
  const { t } = useI18n();
  const panelPath = sub(path, "panel");
  const panel = useField(panelPath, t("editor.tcs.panelHelp"));
  return (
    <>
      <TextField path={sub(path, "hypothesis")} label={t("editor.tcs.hypothesis")} help={t("editor.tcs.hypothesisHelp")} value={q.hypothesis} multiline rows={2} onChange={(hypothesis) => onChange({ ...q, hypothesis })} />
      <TextField path={sub(path, "information")} label={t("editor.tcs.information")} help={t("editor.tcs.informationHelp")} value={q.information} multiline rows={2} onChange={(information) => onChange({ ...q, information })} />
      <fieldset id={panel.id} tabIndex={-1} aria-describedby={panel.control["aria-describedby"]}>
        <legend className="label">{t("editor.tcs.panel")}</legend>
        {panel.help}
        <div className="mt-2 grid grid-cols-2 items-end gap-2 sm:grid-cols-5">
          {SCALE.map((v) => (
            <NumberField
              key={v}
              integer
              path={sub(panelPath, v)}
              label={t(`editor.tcs.scale.${v === "-2" ? "m2" : v === "-1" ? "m1" : v === "0" ? "z" : v === "1" ? "p1" : "p2"}`)}
              value={q.panel[v]}
              onChange={(n) => onChange({ ...q, panel: { ...q.panel, [v]: n } })}
            />
          ))}
        </div>
        {panel.messages}
      </fieldset>
    </>
  );
}
