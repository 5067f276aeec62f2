"use client";
import { useI18n } from "@/components/i18n-provider";
import { useChecksAt, useChecksInside } from "./editor-context";
import { CheckMessages, useField } from "./field-messages";
import { fieldId, sub } from "./field-id";
import { ItemControls } from "./item-controls";
import { moveBy } from "./list-ops";
import type { Ordering } from "./ordering-editor";

function OrderEntry({ question: q, path, index, onChange }: { question: Ordering; path: string; index: number; onChange: (q: Ordering) => void }) {
  const { t } = useI18n();
  const id = q.order[index];
  const text = q.items.find((i) => i.id === id)?.text.trim() || id;
  const entryPath = sub(path, "order", index);
  const checks = useChecksAt(entryPath);
  const fixedId = `${fieldId(entryPath)}-fixed`;
  const fixed = q.rule.fixed.includes(id);
  return (
    <li id={fieldId(entryPath)} tabIndex={-1} className="flex flex-col gap-2 rounded-md border border-slate-200 bg-slate-50 p-2 sm:flex-row sm:items-center">
      <p className="min-w-0 flex-1 text-sm">
        <span className="font-semibold">{index + 1}.</span> {text}
        <CheckMessages id={`${fieldId(entryPath)}-messages`} checks={checks} />
      </p>
      <div className="flex items-center gap-2">
        <input
          id={fixedId}
          type="checkbox"
          className="h-4 w-4"
          checked={fixed}
          onChange={(e) => onChange({ ...q, rule: { ...q.rule, fixed: e.target.checked ? [...q.rule.fixed, id] : q.rule.fixed.filter((x) => x !== id) } })}
        />
        <label htmlFor={fixedId} className="text-sm">
          {t("editor.ordering.fixed", { n: index + 1 })}
        </label>
      </div>
      <ItemControls
        idPrefix={fieldId(sub(path, "order"))}
        index={index}
        count={q.order.length}
        name={t("editor.ordering.positionName", { n: index + 1, text })}
        onMove={(from, delta) => onChange({ ...q, order: moveBy(q.order, from, delta) })}
      />
    </li>
  );
}

/** The expected order, rearranged with Monter / Descendre, and the positions that must be exact. */
export function OrderingOrderEditor({ question: q, path, onChange }: { question: Ordering; path: string; onChange: (q: Ordering) => void }) {
  const { t } = useI18n();
  const group = useField(sub(path, "order"), t("editor.ordering.orderHelp"));
  return (
    <fieldset id={group.id} tabIndex={-1} aria-describedby={group.control["aria-describedby"]} className="space-y-2">
      <legend className="label">{t("editor.ordering.order")}</legend>
      {group.help}
      {group.messages}
      <ol className="space-y-2">
        {q.order.map((id, k) => (
          <OrderEntry key={`${id}-${k}`} question={q} path={path} index={k} onChange={onChange} />
        ))}
      </ol>
      <FixedRuleMessages path={path} />
    </fieldset>
  );
}

/** Messages about fixed items that are not items (e.g. after an import): they have no checkbox. */
function FixedRuleMessages({ path }: { path: string }) {
  const fixedPath = sub(path, "rule", "fixed");
  const checks = useChecksInside(fixedPath);
  if (checks.length === 0) return null;
  return (
    <div id={fieldId(fixedPath)} tabIndex={-1}>
      <CheckMessages id={`${fieldId(fixedPath)}-messages`} checks={checks} />
    </div>
  );
}
