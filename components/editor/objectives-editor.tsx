"use client";
import { useI18n } from "@/components/i18n-provider";
import type { DraftCase } from "@/lib/authoring/draft";
import { nextId } from "./blank";
import { sub } from "./field-id";
import { replaceAt } from "./list-ops";
import { ObjectList } from "./object-list";
import { renameObjective } from "./renames";
import { EdnField } from "./edn-field";
import { TextField } from "./text-field";
import type { UpdateDraft } from "./types";

/** Learning objectives: the questions tick the ones they test. */
export function ObjectivesEditor({ draft, update }: { draft: DraftCase; update: UpdateDraft }) {
  const { t } = useI18n();
  return (
    <ObjectList<DraftCase["objectives"][number]>
      path="objectives"
      legend={t("editor.objectives.legend")}
      items={draft.objectives}
      onChange={(objectives) => update((d) => ({ ...d, objectives }))}
      itemName={(_, k) => t("editor.objectives.name", { n: k + 1 })}
      addLabel={t("editor.objectives.add")}
      create={() => ({ id: nextId("obj-", draft.objectives.map((o) => o.id)), text: "" })}
      focusField="text"
      renderItem={({ item, index, path, set, controls }) => (
        <div className="grid gap-3 rounded-md border border-slate-200 p-2 sm:p-3 sm:grid-cols-[12rem_1fr]">
          <TextField
            path={sub(path, "id")}
            label={t("editor.fields.id")}
            value={item.id}
            // Questions refer to the objective by its id: they follow a rename.
            onChange={(id) => update((d) => ({ ...renameObjective(d, item.id, id), objectives: replaceAt(d.objectives, index, { ...d.objectives[index], id }) }))}
          />
          <TextField path={sub(path, "text")} label={t("editor.objectives.text", { n: index + 1 })} value={item.text} multiline rows={2} onChange={(text) => set({ ...item, text })} />
          <div className="sm:col-span-2">
            <EdnField path={sub(path, "edn")} label={t("learning.editor.objectiveLabel", { n: index + 1 })} value={item.edn} onChange={(edn) => set({ ...item, edn })} />
          </div>
          <div className="sm:col-span-2">{controls}</div>
        </div>
      )}
    />
  );
}
