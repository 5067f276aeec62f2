"use client";
import { memo, useCallback, useLayoutEffect, useRef, type ReactNode } from "react";
import { useI18n } from "@/components/i18n-provider";
import { parsePath } from "@/lib/content/errors";
import { useField } from "./field-messages";
import { fieldId, sub } from "./field-id";
import { focusSoon } from "./focus";
import { ItemControls } from "./item-controls";
import { keyOf } from "./item-keys";
import { moveBy, removeAt, replaceAt } from "./list-ops";

type ItemArgs<T> = {
  item: T;
  index: number;
  /** This item's path, e.g. "stages[0].questions[2]". */
  path: string;
  set: (next: T) => void;
  /** Monter / Descendre / Supprimer, to place where the item's layout wants them. */
  controls: ReactNode;
};

type Props<T extends object> = {
  path: string;
  items: readonly T[];
  onChange: (items: T[]) => void;
  renderItem: (args: ItemArgs<T>) => ReactNode;
  /** How item k is named to screen readers, e.g. "l'option B". */
  itemName: (item: T, index: number) => string;
  addLabel: string;
  create: () => T;
  /** Replaces the add button, e.g. by a type choice and a button; `add` appends the item. The button must carry `addId`. */
  renderAdd?: (add: (item: T) => void, addId: string) => ReactNode;
  /** The field of a new item that receives focus, as a path relative to the item. */
  focusField?: string;
  /** Ask before removing, with this question. */
  confirmRemove?: (item: T, index: number) => string;
  /** Values other than the item that `renderItem` shows (items re-render only when these or the item change). */
  deps?: readonly unknown[];
  legend?: string;
  emptyText?: string;
  className?: string;
};

type ItemProps<T> = {
  item: T;
  index: number;
  count: number;
  path: string;
  groupId: string;
  addId: string;
  deps: readonly unknown[];
  renderItem: (args: ItemArgs<T>) => ReactNode;
  itemName: (item: T, index: number) => string;
  confirmRemove?: (item: T, index: number) => string;
  setAt: (index: number, next: T) => void;
  move: (from: number, delta: number) => void;
  remove: (index: number) => void;
};

function ListItem<T>({ item, index, count, path, groupId, addId, renderItem, itemName, confirmRemove, setAt, move, remove }: ItemProps<T>) {
  return renderItem({
    item,
    index,
    path,
    set: (next) => setAt(index, next),
    controls: (
      <ItemControls idPrefix={groupId} index={index} count={count} name={itemName(item, index)} onMove={move} onRemove={remove} afterRemoveFocus={addId} confirm={confirmRemove?.(item, index)} />
    ),
  });
}

// An item re-renders when it, its place or its declared dependencies change; its callbacks always
// act on the latest list (see ObjectList), so skipping a render never leaves a stale one behind.
const sameItem = <T,>(a: ItemProps<T>, b: ItemProps<T>) =>
  a.item === b.item && a.index === b.index && a.count === b.count && a.path === b.path && a.deps.length === b.deps.length && a.deps.every((d, k) => Object.is(d, b.deps[k]));
const MemoItem = memo(ListItem, sameItem) as typeof ListItem;

/** An ordered list of objects with add, move and remove, stable keys, and items that re-render alone. */
export function ObjectList<T extends object>({ path, items, onChange, renderItem, itemName, addLabel, create, renderAdd, focusField, confirmRemove, deps = [], legend, emptyText, className }: Props<T>) {
  const { t } = useI18n();
  const group = useField(path);
  const addId = `${group.id}-add`;
  const latest = useRef({ items, onChange });
  useLayoutEffect(() => {
    latest.current = { items, onChange };
  });
  const setAt = useCallback((index: number, next: T) => latest.current.onChange(replaceAt(latest.current.items, index, next)), []);
  const move = useCallback((from: number, delta: number) => latest.current.onChange(moveBy(latest.current.items, from, delta)), []);
  const remove = useCallback((index: number) => latest.current.onChange(removeAt(latest.current.items, index)), []);
  const add = (item: T) => {
    onChange([...items, item]);
    if (focusField) focusSoon(fieldId(sub(sub(path, items.length), ...parsePath(focusField))));
  };
  const itemDeps = [t, ...deps];
  const body = (
    <>
      {group.messages}
      {items.length === 0 && <p className="text-sm text-slate-600">{emptyText ?? t("editor.list.empty")}</p>}
      <ul className={className ?? "space-y-3"}>
        {items.map((item, k) => (
          <li key={keyOf(item)}>
            <MemoItem
              item={item}
              index={k}
              count={items.length}
              path={sub(path, k)}
              groupId={group.id}
              addId={addId}
              deps={itemDeps}
              renderItem={renderItem}
              itemName={itemName}
              confirmRemove={confirmRemove}
              setAt={setAt}
              move={move}
              remove={remove}
            />
          </li>
        ))}
      </ul>
      {renderAdd ? (
        renderAdd(add, addId)
      ) : (
        <button id={addId} type="button" className="btn-secondary px-3 py-1" onClick={() => add(create())}>
          {addLabel}
        </button>
      )}
    </>
  );
  if (!legend) {
    return (
      <div id={group.id} tabIndex={-1} aria-describedby={group.control["aria-describedby"]} className="space-y-3">
        {body}
      </div>
    );
  }
  return (
    <fieldset id={group.id} tabIndex={-1} aria-describedby={group.control["aria-describedby"]} className="space-y-3">
      <legend className="label">{legend}</legend>
      {body}
    </fieldset>
  );
}
