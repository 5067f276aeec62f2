"use client";
import { useI18n } from "@/components/i18n-provider";

type Direction = "up" | "down";
type Props = {
  text: string;
  position: number;
  total: number;
  dragging: boolean;
  disabled: boolean;
  rowRef: (el: HTMLLIElement | null) => void;
  buttonRef: (direction: Direction, el: HTMLButtonElement | null) => void;
  onMove: (delta: -1 | 1) => void;
  onDragStart: () => void;
};

const iconButton =
  "inline-flex size-11 shrink-0 items-center justify-center rounded-md border border-slate-300 bg-white text-lg font-bold text-slate-800 hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-40";

export function OrderingItem(props: Props) {
  const { text, position, total, dragging, disabled, rowRef, buttonRef, onMove, onDragStart } = props;
  const { t } = useI18n();

  return (
    <li
      ref={rowRef}
      className={`flex items-center gap-2 rounded-md border bg-white p-2 ${dragging ? "border-brand-700 shadow-lg ring-2 ring-brand-600" : "border-slate-300"}`}
    >
      {/* The handle is for pointers only: keyboard users have the buttons, so it stays out of the tab order and the accessibility tree. */}
      <span
        aria-hidden="true"
        title={t("questions.ordering.drag", { item: text })}
        className={`flex h-11 w-6 shrink-0 touch-none select-none items-center justify-center rounded text-slate-600 ${disabled ? "" : "cursor-grab active:cursor-grabbing"}`}
        onPointerDown={(e) => {
          if (disabled || e.button !== 0) return;
          e.preventDefault();
          onDragStart();
        }}
      >
        ⠿
      </span>
      <span className="flex size-7 shrink-0 items-center justify-center rounded-full bg-slate-100 text-sm font-semibold text-slate-800">
        <span className="sr-only">{t("questions.ordering.position", { position })} </span>
        <span aria-hidden="true">{position}</span>
      </span>
      <span className="min-w-0 flex-1 break-words hyphens-auto text-base">{text}</span>
      <button
        type="button"
        ref={(el) => buttonRef("up", el)}
        className={iconButton}
        disabled={position === 1}
        aria-label={t("questions.ordering.moveUp", { item: text })}
        title={t("questions.ordering.moveUpShort")}
        onClick={() => onMove(-1)}
      >
        <span aria-hidden="true">↑</span>
      </button>
      <button
        type="button"
        ref={(el) => buttonRef("down", el)}
        className={iconButton}
        disabled={position === total}
        aria-label={t("questions.ordering.moveDown", { item: text })}
        title={t("questions.ordering.moveDownShort")}
        onClick={() => onMove(1)}
      >
        <span aria-hidden="true">↓</span>
      </button>
    </li>
  );
}
