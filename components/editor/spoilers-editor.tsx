"use client";
import { useMemo } from "react";
import { useI18n } from "@/components/i18n-provider";
import type { DraftCase } from "@/lib/authoring/draft";
import { useEditorRefs } from "./editor-context";
import { sub } from "./field-id";
import { ObjectList } from "./object-list";
import { SelectField } from "./select-field";
import { TextField } from "./text-field";
import type { UpdateDraft } from "./types";

/** Terms that give the diagnosis away, with the stage that reveals them (checked as warnings). */
export function SpoilersEditor({ draft, update }: { draft: DraftCase; update: UpdateDraft }) {
  const { t } = useI18n();
  const refs = useEditorRefs();
  const stages = useMemo(() => refs.stages.map((s, k) => ({ value: s.id, label: t("editor.stages.option", { n: k + 1, title: s.title.trim() || s.id }) })), [refs.stages, t]);
  return (
    <>
      <p className="text-sm text-slate-700">{t("editor.spoilers.help")}</p>
      <ObjectList
        path="spoilers"
        legend={t("editor.spoilers.legend")}
        items={draft.spoilers}
        onChange={(spoilers) => update((d) => ({ ...d, spoilers }))}
        itemName={(s, k) => t("editor.spoilers.name", { n: k + 1, term: s.term })}
        addLabel={t("editor.spoilers.add")}
        create={() => ({ term: "", revealedAt: refs.stages.at(-1)?.id ?? "" })}
        deps={[stages]}
        focusField="term"
        renderItem={({ item, index, path, set, controls }) => (
          <div className="grid gap-3 rounded-md border border-slate-200 p-2 sm:p-3 sm:grid-cols-2">
            <TextField path={sub(path, "term")} label={t("editor.spoilers.term", { n: index + 1 })} value={item.term} onChange={(term) => set({ ...item, term })} />
            <SelectField path={sub(path, "revealedAt")} label={t("editor.spoilers.revealedAt")} value={item.revealedAt} options={stages} emptyLabel={t("editor.spoilers.noStage")} onChange={(revealedAt) => set({ ...item, revealedAt })} />
            <div className="sm:col-span-2">{controls}</div>
          </div>
        )}
      />
    </>
  );
}
