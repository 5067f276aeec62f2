"use client";
import type { ReactNode } from "react";
import { useI18n } from "@/components/i18n-provider";
import { useField } from "./field-messages";
import { sub } from "./field-id";
import { ObjectList } from "./object-list";
import type { Ordering } from "./ordering-editor";
import { SelectField } from "./select-field";

type Pair = [string, string];

/** Pairs of items whose inversion costs nothing. */
export function ToleratedPairsEditor({ question: q, path, onChange }: { question: Ordering; path: string; onChange: (q: Ordering) => void }) {
  const { t } = useI18n();
  const items = q.items.map((i, k) => ({ value: i.id, label: t("editor.ordering.itemOption", { n: k + 1, text: i.text.trim() || i.id }) }));
  return (
    <ObjectList<Pair>
      path={sub(path, "rule", "tolerated")}
      legend={t("editor.ordering.tolerated")}
      items={q.rule.tolerated}
      onChange={(tolerated) => onChange({ ...q, rule: { ...q.rule, tolerated } })}
      itemName={(_, k) => t("editor.ordering.pairName", { n: k + 1 })}
      addLabel={t("editor.ordering.addPair")}
      create={() => [q.items[0]?.id ?? "", q.items[1]?.id ?? ""]}
      focusField="[0]"
      deps={[q.items]}
      emptyText={t("editor.ordering.noPairs")}
      className="space-y-2"
      renderItem={({ item, index, path: p, set, controls }) => <PairRow pair={item} index={index} path={p} set={set} controls={controls} items={items} />}
    />
  );
}

type Choice = { value: string; label: string };

function PairRow({ pair, index, path, set, controls, items }: { pair: Pair; index: number; path: string; set: (p: Pair) => void; controls: ReactNode; items: Choice[] }) {
  const { t } = useI18n();
  const f = useField(path);
  return (
    <div id={f.id} tabIndex={-1} className="grid gap-2 rounded-md border border-slate-200 bg-slate-50 p-2 sm:grid-cols-2">
      <SelectField path={sub(path, 0)} label={t("editor.ordering.pairFirst", { n: index + 1 })} value={pair[0]} options={items} onChange={(a) => set([a, pair[1]])} />
      <SelectField path={sub(path, 1)} label={t("editor.ordering.pairSecond", { n: index + 1 })} value={pair[1]} options={items} onChange={(b) => set([pair[0], b])} />
      <div className="sm:col-span-2">
        {f.messages}
        {controls}
      </div>
    </div>
  );
}
