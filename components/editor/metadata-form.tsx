"use client";
import { memo } from "react";
import { useI18n } from "@/components/i18n-provider";
import type { DraftCase } from "@/lib/authoring/draft";
import { ErrataEditor } from "./errata-editor";
import { NumberField } from "./number-field";
import { ObjectivesEditor } from "./objectives-editor";
import { Panel } from "./panel";
import { SelectField } from "./select-field";
import { SourceReviewFields } from "./source-review-fields";
import { SpoilersEditor } from "./spoilers-editor";
import { StringListEditor } from "./string-list-editor";
import { EdnField } from "./edn-field";
import { TextField } from "./text-field";
import type { UpdateDraft } from "./types";

const GENERAL = ["title", "summary", "edn", "tags", "level", "estimatedMinutes", "examMinutes", "language"];

type Props = { draft: DraftCase; update: UpdateDraft };

/** The case's metadata, in collapsible sections. */
function MetadataFormImpl({ draft, update }: Props) {
  const { t } = useI18n();
  const set = <K extends keyof DraftCase>(key: K, value: DraftCase[K]) => update((d) => ({ ...d, [key]: value }));
  return (
    <section aria-labelledby="metadata-title" className="space-y-3">
      <h2 id="metadata-title" className="text-xl font-bold">
        {t("editor.metadata.title")}
      </h2>
      <Panel id="panel-general" level={3} title={t("editor.metadata.general")} paths={GENERAL} defaultOpen>
        <TextField path="title" label={t("editor.metadata.caseTitle")} value={draft.title} onChange={(v) => set("title", v)} />
        <TextField path="summary" label={t("editor.metadata.summary")} help={t("editor.metadata.summaryHelp")} value={draft.summary} multiline onChange={(v) => set("summary", v)} />
        <EdnField path="edn" label={t("learning.editor.caseLabel")} value={draft.edn} onChange={(edn) => update((d) => ({ ...d, edn }))} />
        <StringListEditor
          path="tags"
          legend={t("editor.metadata.tags")}
          items={draft.tags}
          onChange={(v) => set("tags", v)}
          itemLabel={(k) => t("editor.metadata.tag", { n: k + 1 })}
          itemName={(k) => t("editor.metadata.tagName", { n: k + 1 })}
          addLabel={t("editor.metadata.addTag")}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField path="level" label={t("editor.metadata.level")} help={t("editor.metadata.levelHelp")} value={draft.level} onChange={(v) => set("level", v)} />
          <SelectField
            path="language"
            label={t("editor.metadata.language")}
            value={draft.language}
            options={[
              { value: "fr", label: t("editor.metadata.languages.fr") },
              { value: "en", label: t("editor.metadata.languages.en") },
            ]}
            onChange={(v) => set("language", v)}
          />
          <NumberField path="estimatedMinutes" integer label={t("editor.metadata.estimatedMinutes")} value={draft.estimatedMinutes} onChange={(v) => set("estimatedMinutes", v)} />
          <NumberField path="examMinutes" integer label={t("editor.metadata.examMinutes")} help={t("editor.metadata.examMinutesHelp")} value={draft.examMinutes} onChange={(v) => set("examMinutes", v)} />
        </div>
      </Panel>
      <Panel id="panel-objectives" level={3} title={t("editor.objectives.title")} paths={["objectives"]}>
        <ObjectivesEditor draft={draft} update={update} />
      </Panel>
      <Panel id="panel-teaching" level={3} title={t("editor.metadata.teaching")} paths={["keyDecision", "teachingPoints"]}>
        <TextField path="keyDecision" label={t("editor.metadata.keyDecision")} help={t("editor.metadata.keyDecisionHelp")} value={draft.keyDecision} multiline onChange={(v) => set("keyDecision", v)} />
        <StringListEditor
          path="teachingPoints"
          legend={t("editor.metadata.teachingPoints")}
          items={draft.teachingPoints}
          onChange={(v) => set("teachingPoints", v)}
          itemLabel={(k) => t("editor.metadata.teachingPoint", { n: k + 1 })}
          itemName={(k) => t("editor.metadata.teachingPointName", { n: k + 1 })}
          addLabel={t("editor.metadata.addTeachingPoint")}
          multiline
        />
      </Panel>
      <Panel id="panel-source" level={3} title={t("editor.source.title")} paths={["source", "review"]}>
        <SourceReviewFields draft={draft} update={update} />
      </Panel>
      <Panel id="panel-errata" level={3} title={t("editor.errata.title")} paths={["errata"]}>
        <ErrataEditor draft={draft} update={update} />
      </Panel>
      <Panel id="panel-spoilers" level={3} title={t("editor.spoilers.title")} paths={["spoilers"]}>
        <SpoilersEditor draft={draft} update={update} />
      </Panel>
    </section>
  );
}

// Editing a stage leaves the metadata alone: re-render only when a metadata field changed (the
// stages it needs, for the spoilers, come from the editor's context).
const sameMetadata = (a: Props, b: Props) =>
  a.update === b.update && Object.keys({ ...a.draft, ...b.draft }).every((k) => k === "stages" || a.draft[k as keyof DraftCase] === b.draft[k as keyof DraftCase]);

export const MetadataForm = memo(MetadataFormImpl, sameMetadata);
