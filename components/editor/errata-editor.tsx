"use client";
import { useI18n } from "@/components/i18n-provider";
import type { DraftCase } from "@/lib/authoring/draft";
import { nextId } from "./blank";
import { sub } from "./field-id";
import { replaceAt } from "./list-ops";
import { ObjectList } from "./object-list";
import { renameErratum } from "./renames";
import { TextField } from "./text-field";
import type { UpdateDraft } from "./types";

/** Errors of the source text and their corrections; each stage chooses the errata it shows. */
export function ErrataEditor({ draft, update }: { draft: DraftCase; update: UpdateDraft }) {
  const { t } = useI18n();
  return (
    <ObjectList
      path="errata"
      legend={t("editor.errata.legend")}
      items={draft.errata}
      onChange={(errata) => update((d) => ({ ...d, errata }))}
      itemName={(_, k) => t("editor.errata.name", { n: k + 1 })}
      addLabel={t("editor.errata.add")}
      create={() => ({ id: nextId("e", draft.errata.map((e) => e.id)), quote: "", correction: "" })}
      focusField="quote"
      renderItem={({ item, index, path, set, controls }) => (
        <div className="grid gap-3 rounded-md border border-slate-200 p-2 sm:p-3 sm:grid-cols-[12rem_1fr]">
          <TextField
            path={sub(path, "id")}
            label={t("editor.fields.id")}
            value={item.id}
            // Stages refer to the erratum by its id: they follow a rename.
            onChange={(id) => update((d) => ({ ...renameErratum(d, item.id, id), errata: replaceAt(d.errata, index, { ...d.errata[index], id }) }))}
          />
          <TextField path={sub(path, "quote")} label={t("editor.errata.quote")} help={t("editor.errata.quoteHelp")} value={item.quote} multiline rows={2} onChange={(quote) => set({ ...item, quote })} />
          <TextField className="sm:col-start-2" path={sub(path, "correction")} label={t("editor.errata.correction")} value={item.correction} multiline rows={2} onChange={(correction) => set({ ...item, correction })} />
          <div className="sm:col-span-2">{controls}</div>
        </div>
      )}
    />
  );
}
