"use client";
import { useI18n } from "@/components/i18n-provider";
import { useEditorActions } from "./editor-context";
import { ConfirmButton } from "./confirm-button";
import { focusSoon } from "./focus";

type Props = {
  /** Element-id prefix of this list's items: buttons get `${idPrefix}-${index}-up` etc. */
  idPrefix: string;
  index: number;
  count: number;
  /** How the item is named to screen readers, e.g. "l'étape 2". */
  name: string;
  onMove: (from: number, delta: number) => void;
  /** Absent: the item can be moved, not removed. */
  onRemove?: (index: number) => void;
  /** Where focus goes once the item is removed (the list's add button). */
  afterRemoveFocus?: string;
  /** Ask before removing, with this question. */
  confirm?: string;
};

/** Monter / Descendre / Supprimer for one item of a list, usable with the keyboard alone. */
export function ItemControls({ idPrefix, index, count, name, onMove, onRemove, afterRemoveFocus, confirm }: Props) {
  const { t } = useI18n();
  const { announce } = useEditorActions();
  const move = (delta: number, dir: "up" | "down") => {
    const to = index + delta;
    if (to < 0 || to >= count) return;
    onMove(index, delta);
    announce(t("editor.list.moved", { position: to + 1, total: count }));
    // Keep focus on the same button of the moved item, wherever it went.
    focusSoon(`${idPrefix}-${to}-${dir}`);
  };
  const remove = () => {
    onRemove?.(index);
    announce(t("editor.list.removed", { name }));
    if (afterRemoveFocus) focusSoon(afterRemoveFocus);
  };
  const small = "btn-secondary px-2 py-1 aria-disabled:cursor-not-allowed aria-disabled:opacity-50 sm:px-3";
  return (
    <div className="flex flex-wrap items-center gap-1.5 sm:gap-2">
      <button id={`${idPrefix}-${index}-up`} type="button" className={small} aria-disabled={index === 0 || undefined} aria-label={t("editor.list.moveUpLabel", { name })} onClick={() => move(-1, "up")}>
        {t("editor.list.moveUp")}
      </button>
      <button id={`${idPrefix}-${index}-down`} type="button" className={small} aria-disabled={index === count - 1 || undefined} aria-label={t("editor.list.moveDownLabel", { name })} onClick={() => move(1, "down")}>
        {t("editor.list.moveDown")}
      </button>
      {!onRemove ? null : confirm ? (
        <ConfirmButton label={t("editor.list.remove")} ariaLabel={t("editor.list.removeLabel", { name })} question={confirm} onConfirm={remove} />
      ) : (
        <button type="button" className="btn-secondary px-2 py-1 text-red-800 sm:px-3" aria-label={t("editor.list.removeLabel", { name })} onClick={remove}>
          {t("editor.list.remove")}
        </button>
      )}
    </div>
  );
}
