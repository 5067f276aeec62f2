"use client";
import { useI18n } from "@/components/i18n-provider";
import type { Stage } from "@/lib/content/schema";
import { blankStage, nextId } from "./blank";
import { ObjectList } from "./object-list";
import { StageEditor } from "./stage-editor";
import type { UpdateDraft } from "./types";

/** The case's stages, in play order. */
export function StageList({ stages, update }: { stages: readonly Stage[]; update: UpdateDraft }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="stages-title" className="space-y-3">
      <h2 id="stages-title" className="text-xl font-bold">
        {t("editor.stages.title", { count: stages.length })}
      </h2>
      <ObjectList
        path="stages"
        items={stages}
        onChange={(stages) => update((d) => ({ ...d, stages }))}
        itemName={(s, k) => t("editor.stages.name", { n: k + 1 })}
        addLabel={t("editor.stages.add")}
        create={() => blankStage(nextId("etape-", stages.map((s) => s.id)))}
        focusField="title"
        emptyText={t("editor.stages.empty")}
        confirmRemove={(s, k) => t("editor.stages.confirmRemove", { n: k + 1, title: s.title.trim() || s.id })}
        renderItem={({ item, index, path, set, controls }) => <StageEditor stage={item} index={index} path={path} set={set} controls={controls} update={update} />}
      />
    </section>
  );
}
