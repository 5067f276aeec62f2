"use client";
import { useI18n } from "@/components/i18n-provider";
import type { Question } from "@/lib/content/schema";
import { useEditorRefs } from "./editor-context";
import { fieldId, sub } from "./field-id";
import { FindingsEditor } from "./findings-editor";
import { Panel } from "./panel";
import { StageErrataPicker } from "./stage-errata-picker";
import { TextField } from "./text-field";

/**
 * What a question brings as it is shown (new information: a paragraph and findings) and the errata
 * shown once it is answered. Empty values are stored as absent, as the case format wants.
 */
export function QuestionFlowFields({ question: q, path, set }: { question: Question; path: string; set: (q: Question) => void }) {
  const { t } = useI18n();
  const refs = useEditorRefs();
  const infoPath = sub(path, "newInformation");
  const info = q.newInformation ?? {};
  const setInfo = (next: { narrative?: string; findings?: NonNullable<Question["newInformation"]>["findings"] }) => {
    const narrative = next.narrative || undefined;
    const findings = next.findings && next.findings.length > 0 ? next.findings : undefined;
    set({ ...q, newInformation: narrative || findings ? { narrative, findings } : undefined });
  };
  const count = (info.narrative ? 1 : 0) + (info.findings?.length ?? 0);
  return (
    <>
      <Panel id={`${fieldId(path)}-new-information-panel`} level={6} title={`${t("editorFlow.newInformation")} (${count})`} paths={[infoPath]}>
        <p className="text-sm text-slate-700">{t("editorFlow.newInformationHelp")}</p>
        <TextField path={sub(infoPath, "narrative")} label={t("editorFlow.newNarrative")} value={info.narrative} multiline rows={3} onChange={(narrative) => setInfo({ ...info, narrative })} />
        <FindingsEditor path={sub(infoPath, "findings")} findings={info.findings ?? []} onChange={(findings) => setInfo({ ...info, findings })} />
      </Panel>
      {refs.errata.length > 0 && (
        <StageErrataPicker
          path={sub(path, "errata")}
          legend={t("editorFlow.questionErrata")}
          value={q.errata ?? []}
          onChange={(errata) => set({ ...q, errata: errata.length > 0 ? errata : undefined })}
        />
      )}
    </>
  );
}
