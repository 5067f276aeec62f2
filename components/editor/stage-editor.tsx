"use client";
import type { ReactNode } from "react";
import { useI18n } from "@/components/i18n-provider";
import type { Stage } from "@/lib/content/schema";
import { useEditorRefs } from "./editor-context";
import { fieldId, sub } from "./field-id";
import { FindingsEditor } from "./findings-editor";
import { InvestigationEditor } from "./investigation-editor";
import { replaceAt } from "./list-ops";
import { Panel } from "./panel";
import { QuestionList } from "./question-list";
import { followQuestionRename, renameStage } from "./renames";
import { SelectField } from "./select-field";
import { StageErrataPicker } from "./stage-errata-picker";
import { StringListEditor } from "./string-list-editor";
import { TextField } from "./text-field";
import type { UpdateDraft } from "./types";

type Props = { stage: Stage; index: number; path: string; set: (stage: Stage) => void; controls: ReactNode; update: UpdateDraft };

/** One stage: narrative, findings, investigation menu and questions, in a collapsible panel. */
export function StageEditor({ stage, index, path, set, controls, update }: Props) {
  const { t } = useI18n();
  const refs = useEditorRefs();
  const title = t("editor.stages.heading", { n: index + 1, title: stage.title.trim() || t("editor.stages.untitled") });
  return (
    // A new stage (no title yet) opens at once.
    <Panel id={fieldId(path)} level={3} title={title} paths={[path]} defaultOpen={stage.title === ""} footer={controls}>
      <div className="grid gap-4 sm:grid-cols-[12rem_1fr]">
        <TextField
          path={sub(path, "id")}
          label={t("editor.fields.id")}
          help={t("editor.stages.idHelp")}
          value={stage.id}
          // Spoilers name the stage that reveals them by its id: they follow a rename.
          onChange={(id) => update((d) => ({ ...renameStage(d, stage.id, id), stages: replaceAt(d.stages, index, { ...d.stages[index], id }) }))}
        />
        <TextField path={sub(path, "title")} label={t("editor.stages.stageTitle")} value={stage.title} onChange={(v) => set({ ...stage, title: v })} />
      </div>
      <TextField path={sub(path, "narrative")} label={t("editor.stages.narrative")} help={t("editor.stages.narrativeHelp")} value={stage.narrative} multiline rows={8} onChange={(v) => set({ ...stage, narrative: v })} />
      <StringListEditor
        path={sub(path, "sources")}
        legend={t("editor.stages.sources")}
        help={t("editor.stages.sourcesHelp")}
        items={stage.sources}
        onChange={(sources) => set({ ...stage, sources })}
        itemLabel={(k) => t("editor.stages.source", { n: k + 1 })}
        itemName={(k) => t("editor.stages.sourceName", { n: k + 1 })}
        addLabel={t("editor.stages.addSource")}
        multiline
      />
      {refs.errata.length > 0 && <StageErrataPicker path={sub(path, "errata")} value={stage.errata} onChange={(errata) => set({ ...stage, errata })} />}
      <Panel id={`${fieldId(path)}-findings-panel`} level={4} title={t("editor.findings.title", { count: stage.findings.length })} paths={[sub(path, "findings")]}>
        <FindingsEditor path={sub(path, "findings")} findings={stage.findings} onChange={(findings) => set({ ...stage, findings })} />
      </Panel>
      <Panel id={`${fieldId(path)}-investigations-panel`} level={4} title={t("editor.investigations.title", { count: stage.investigations.length })} paths={[sub(path, "investigations")]}>
        <InvestigationEditor path={sub(path, "investigations")} investigations={stage.investigations} onChange={(investigations) => set({ ...stage, investigations })} />
      </Panel>
      <SelectField
        path={sub(path, "menu")}
        label={t("editorFlow.menuKind")}
        help={t("editorFlow.menuKindHelp")}
        value={stage.menu ?? "list"}
        options={[
          { value: "list", label: t("editorFlow.menuList") },
          { value: "catalogue", label: t("editorFlow.menuCatalogue") },
        ]}
        onChange={(menu) => set({ ...stage, menu: menu === "catalogue" ? "catalogue" : undefined })}
      />
      {stage.questions.length > 0 && (
        <SelectField
          path={sub(path, "menuClosesBefore")}
          label={t("editorFlow.menuClosesBefore")}
          help={t("editorFlow.menuClosesBeforeHelp")}
          value={stage.menuClosesBefore}
          emptyLabel={t("editorFlow.menuOpenUntilEnd")}
          // Before the first question too: the learner then ends ordering with "J'ai terminé mes demandes".
          options={stage.questions.map((q, k) => ({ value: q.id, label: t("editorFlow.questionOption", { n: k + 1, id: q.id }) }))}
          onChange={(id) => set({ ...stage, menuClosesBefore: id || undefined })}
        />
      )}
      <Panel id={`${fieldId(path)}-questions-panel`} level={4} title={t("editor.questions.title", { count: stage.questions.length })} paths={[sub(path, "questions")]} defaultOpen>
        <QuestionList path={sub(path, "questions")} questions={stage.questions} onChange={(questions) => set({ ...stage, questions, menuClosesBefore: followQuestionRename(stage.menuClosesBefore, stage.questions, questions) })} />
      </Panel>
    </Panel>
  );
}
