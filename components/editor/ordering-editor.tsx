"use client";
import { useI18n } from "@/components/i18n-provider";
import type { Question } from "@/lib/content/schema";
import { nextLetterId } from "./blank";
import { withItems } from "./draft-edits";
import { sub } from "./field-id";
import { NumberField } from "./number-field";
import { ObjectList } from "./object-list";
import { OrderingOrderEditor } from "./ordering-order-editor";
import { TextField } from "./text-field";
import { ToleratedPairsEditor } from "./tolerated-pairs-editor";

export type Ordering = Extract<Question, { type: "ordering" }>;

/** Ordering: the items (as shown), the expected order, and the scoring rule. */
export function OrderingEditor({ question: q, path, onChange }: { question: Ordering; path: string; onChange: (q: Ordering) => void }) {
  const { t } = useI18n();
  const rulePath = sub(path, "rule");
  return (
    <>
      <ObjectList
        path={sub(path, "items")}
        legend={t("editor.ordering.items")}
        items={q.items}
        onChange={(items) => onChange(withItems(q, items))}
        itemName={(_, k) => t("editor.ordering.itemName", { n: k + 1 })}
        addLabel={t("editor.ordering.addItem")}
        create={() => ({ id: nextLetterId(q.items.map((i) => i.id)), text: "" })}
        focusField="text"
        className="space-y-2"
        renderItem={({ item, index, path: p, set, controls }) => (
          <div className="flex flex-col gap-2 sm:flex-row sm:items-start">
            <TextField className="min-w-0 flex-1" path={sub(p, "text")} label={t("editor.ordering.itemText", { n: index + 1 })} value={item.text} onChange={(text) => set({ ...item, text })} />
            <div className="sm:pt-7">{controls}</div>
          </div>
        )}
      />
      <OrderingOrderEditor question={q} path={path} onChange={onChange} />
      <fieldset className="space-y-3 rounded-md border border-slate-200 p-2 sm:p-3">
        <legend className="px-1 text-sm font-semibold">{t("editor.ordering.rule")}</legend>
        <NumberField className="sm:w-1/2" path={sub(rulePath, "perSwap")} label={t("editor.ordering.perSwap")} help={t("editor.ordering.perSwapHelp")} value={q.rule.perSwap} onChange={(perSwap) => onChange({ ...q, rule: { ...q.rule, perSwap } })} />
        <ToleratedPairsEditor question={q} path={path} onChange={onChange} />
        <TextField path={sub(rulePath, "text")} label={t("editor.ordering.ruleText")} help={t("editor.ordering.ruleTextHelp")} value={q.rule.text} multiline rows={2} onChange={(text) => onChange({ ...q, rule: { ...q.rule, text } })} />
      </fieldset>
    </>
  );
}
