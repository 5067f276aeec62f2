"use client";
import { useI18n } from "@/components/i18n-provider";
import type { Investigation, Relevance } from "@/lib/content/schema";
import { blankInvestigation, nextId } from "./blank";
import { useEditorRefs } from "./editor-context";
import { sub } from "./field-id";
import { NumberField } from "./number-field";
import { ObjectList } from "./object-list";
import { SelectField } from "./select-field";
import { TextField } from "./text-field";
import { StringListEditor } from "./string-list-editor";

const RELEVANCES: readonly Relevance[] = ["essential", "useful", "unnecessary", "harmful"];

type Props = { path: string; investigations: readonly Investigation[]; onChange: (items: Investigation[]) => void };

/** The investigation menu of a stage: what a learner may order, its result and its worth. */
export function InvestigationEditor({ path, investigations, onChange }: Props) {
  const { t } = useI18n();
  const { usedIds } = useEditorRefs();
  const relevances = RELEVANCES.map((r) => ({ value: r, label: t(`editor.investigations.relevances.${r}`) }));
  return (
    <ObjectList
      path={path}
      items={investigations}
      onChange={onChange}
      itemName={(inv, k) => t("editor.investigations.name", { n: k + 1, label: inv.label })}
      addLabel={t("editor.investigations.add")}
      create={() => blankInvestigation(nextId("examen-", usedIds.investigations))}
      focusField="label"
      emptyText={t("editor.investigations.empty")}
      renderItem={({ item, index, path: p, set, controls }) => (
        <fieldset className="space-y-3 rounded-md border border-slate-200 p-2 sm:p-3">
          <legend className="px-1 text-sm font-semibold">{t("editor.investigations.heading", { n: index + 1, label: item.label || "…" })}</legend>
          <div className="grid gap-3 sm:grid-cols-[2fr_1fr]">
            <TextField path={sub(p, "label")} label={t("editor.investigations.label")} value={item.label} onChange={(label) => set({ ...item, label })} />
            <TextField path={sub(p, "id")} label={t("editor.fields.id")} value={item.id} onChange={(id) => set({ ...item, id })} />
          </div>
          <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
            <SelectField path={sub(p, "relevance")} label={t("editor.investigations.relevance")} value={item.relevance} options={relevances} onChange={(relevance) => set({ ...item, relevance })} />
            <NumberField path={sub(p, "points")} label={t("editor.investigations.points")} help={t("editor.investigations.pointsHelp")} value={item.points} onChange={(points) => set({ ...item, points })} />
            <NumberField path={sub(p, "cost")} label={t("editor.investigations.cost")} value={item.cost} onChange={(cost) => set({ ...item, cost })} />
            <TextField path={sub(p, "delay")} label={t("editor.investigations.delay")} help={t("editor.investigations.delayHelp")} value={item.delay} onChange={(delay) => set({ ...item, delay: delay || undefined })} />
          </div>
          <StringListEditor
            path={sub(p, "catalogue")}
            legend={t("editorFlow.catalogueIds")}
            help={t("editorFlow.catalogueIdsHelp")}
            items={item.catalogue ?? []}
            itemLabel={(k) => t("editorFlow.catalogueId", { n: k + 1 })}
            addLabel={t("editorFlow.addCatalogueId")}
            onChange={(ids) => set({ ...item, catalogue: ids.length > 0 ? ids : undefined })}
          />
          <TextField path={sub(p, "result")} label={t("editor.investigations.result")} value={item.result} multiline onChange={(result) => set({ ...item, result })} />
          <TextField path={sub(p, "rationale")} label={t("editor.investigations.rationale")} value={item.rationale} multiline onChange={(rationale) => set({ ...item, rationale })} />
          <TextField path={sub(p, "source")} label={t("editor.fields.source")} help={t("editor.fields.sourceHelp")} value={item.source} onChange={(source) => set({ ...item, source: source || undefined })} />
          {controls}
        </fieldset>
      )}
    />
  );
}
