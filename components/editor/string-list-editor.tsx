"use client";
import { useI18n } from "@/components/i18n-provider";
import { useField } from "./field-messages";
import { fieldId, sub } from "./field-id";
import { focusSoon } from "./focus";
import { ItemControls } from "./item-controls";
import { moveBy, removeAt, setAt } from "./list-ops";
import { TextField } from "./text-field";

type Props = {
  path: string;
  legend: string;
  items: readonly string[];
  onChange: (items: string[]) => void;
  /** Label of item k (0-based), e.g. "Point clé 2". */
  itemLabel: (k: number) => string;
  /** How item k is named in the move and delete buttons, e.g. "le synonyme 2" (defaults to its label). */
  itemName?: (k: number) => string;
  addLabel: string;
  multiline?: boolean;
  help?: string;
};

/** An ordered list of texts (tags, teaching points, accepted answers…): add, edit, move, remove. */
export function StringListEditor({ path, legend, items, onChange, itemLabel, itemName = itemLabel, addLabel, multiline, help }: Props) {
  const { t } = useI18n();
  const group = useField(path, help);
  const addId = `${group.id}-add`;
  return (
    <fieldset id={group.id} tabIndex={-1} aria-describedby={group.control["aria-describedby"]} className="space-y-2">
      <legend className="label">{legend}</legend>
      {group.help}
      {items.length === 0 && <p className="text-sm text-slate-600">{t("editor.list.empty")}</p>}
      <ul className="space-y-2">
        {items.map((item, k) => (
          <li key={k} className="flex flex-col gap-2 sm:flex-row sm:items-start">
            <TextField className="min-w-0 flex-1" path={sub(path, k)} label={itemLabel(k)} hideLabel value={item} multiline={multiline} rows={2} onChange={(v) => onChange(setAt(items, k, v))} />
            <ItemControls
              idPrefix={group.id}
              index={k}
              count={items.length}
              name={itemName(k)}
              onMove={(from, delta) => onChange(moveBy(items, from, delta))}
              onRemove={(i) => onChange(removeAt(items, i))}
              afterRemoveFocus={addId}
            />
          </li>
        ))}
      </ul>
      <button
        id={addId}
        type="button"
        className="btn-secondary px-3 py-1"
        onClick={() => {
          onChange([...items, ""]);
          focusSoon(fieldId(sub(path, items.length)));
        }}
      >
        {addLabel}
      </button>
      {group.messages}
    </fieldset>
  );
}
