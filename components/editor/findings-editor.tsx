"use client";
import { useState } from "react";
import { useI18n } from "@/components/i18n-provider";
import type { Finding } from "@/lib/content/schema";
import { blankFinding, FINDING_KINDS } from "./blank";
import { fieldId } from "./field-id";
import { LabTableEditor } from "./lab-table-editor";
import { ObjectList } from "./object-list";
import { TextFindingEditor } from "./text-finding-editor";
import { VitalsEditor } from "./vitals-editor";

type Props = { path: string; findings: readonly Finding[]; onChange: (findings: Finding[]) => void };

/** A stage's structured findings: lab tables, examination, imaging, pathology, history, notes, vitals. */
export function FindingsEditor({ path, findings, onChange }: Props) {
  const { t } = useI18n();
  const [kind, setKind] = useState<Finding["kind"]>("lab");
  const kindId = `${fieldId(path)}-kind`;
  return (
    <ObjectList
      path={path}
      items={findings}
      onChange={onChange}
      itemName={(f, k) => t("editor.findings.name", { n: k + 1, kind: t(`editor.findings.kinds.${f.kind}`) })}
      addLabel={t("editor.findings.add")}
      create={() => blankFinding(kind)}
      focusField="title"
      emptyText={t("editor.findings.empty")}
      confirmRemove={(f, k) => t("editor.findings.confirmRemove", { n: k + 1, kind: t(`editor.findings.kinds.${f.kind}`) })}
      renderItem={({ item, index, path: itemPath, set, controls }) => (
        <div className="space-y-3 rounded-md border border-slate-200 p-2 sm:p-3">
          <p className="text-sm font-semibold text-slate-800">{t("editor.findings.heading", { n: index + 1, kind: t(`editor.findings.kinds.${item.kind}`) })}</p>
          {item.kind === "lab" ? (
            <LabTableEditor path={itemPath} finding={item} onChange={set} />
          ) : item.kind === "vitals" ? (
            <VitalsEditor path={itemPath} finding={item} onChange={set} />
          ) : (
            <TextFindingEditor path={itemPath} finding={item} onChange={set} />
          )}
          {controls}
        </div>
      )}
      renderAdd={(add, addId) => (
        <div className="flex flex-wrap items-end gap-2">
          <div>
            <label htmlFor={kindId} className="label">
              {t("editor.findings.kind")}
            </label>
            <select id={kindId} className="input" value={kind} onChange={(e) => setKind(e.target.value as Finding["kind"])}>
              {FINDING_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`editor.findings.kinds.${k}`)}
                </option>
              ))}
            </select>
          </div>
          <button id={addId} type="button" className="btn-secondary" onClick={() => add(blankFinding(kind))}>
            {t("editor.findings.add")}
          </button>
        </div>
      )}
    />
  );
}
