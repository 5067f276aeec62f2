"use client";
import { useEffect, useMemo, useRef, useState } from "react";
import { useI18n } from "@/components/i18n-provider";
import { Announcer, useAnnouncer } from "./announcer";
import { dropIndex, moveItem } from "./logic";
import { OrderingItem } from "./ordering-item";
import type { InputProps, QuestionOfType } from "./types";

/** Ranking by "Monter"/"Descendre" buttons (keyboard) or by dragging a handle (mouse, touch, pen). */
export function OrderingInput({ question, id, describedBy, disabled, onChange }: InputProps<QuestionOfType<"ordering">>) {
  const { t } = useI18n();
  const [order, setOrder] = useState(() => question.items.map((i) => i.id));
  const [dragging, setDragging] = useState<string | null>(null);
  // Pointer events can outrun re-renders: drag handlers read the latest order and dragged item from refs.
  const orderRef = useRef(order);
  const draggingRef = useRef<string | null>(null);
  const [message, announce] = useAnnouncer();
  const text = useMemo(() => new Map(question.items.map((i) => [i.id, i.text])), [question.items]);
  const rows = useRef(new Map<string, HTMLLIElement>());
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const focusNext = useRef<string | null>(null);
  const instructionsId = `${id}-instructions`;

  // Focus follows the moved item (its button may have been disabled at an end of the list).
  useEffect(() => {
    if (focusNext.current === null) return;
    buttons.current.get(focusNext.current)?.focus();
    focusNext.current = null;
  }, [order]);

  function apply(next: string[]) {
    orderRef.current = next;
    setOrder(next);
    onChange({ type: "ordering", order: next });
  }

  function announceMove(itemId: string, next: string[]) {
    announce(t("questions.ordering.moved", { item: text.get(itemId) ?? itemId, position: next.indexOf(itemId) + 1, total: next.length }));
  }

  function moveBy(itemId: string, delta: -1 | 1) {
    const current = orderRef.current;
    const from = current.indexOf(itemId);
    const to = from + delta;
    if (to < 0 || to >= current.length) return;
    const next = moveItem(current, from, to);
    const atEnd = delta < 0 ? to === 0 : to === current.length - 1;
    const direction = (delta < 0) !== atEnd ? "up" : "down";
    focusNext.current = `${itemId}:${direction}`;
    apply(next);
    announceMove(itemId, next);
  }

  // Listening on the window, not with pointer capture: reordering moves the dragged row in the DOM, which drops the capture.
  const stopListening = useRef<(() => void) | null>(null);
  useEffect(() => () => stopListening.current?.(), []);

  function startDrag(itemId: string) {
    stopListening.current?.();
    draggingRef.current = itemId;
    setDragging(itemId);
    const move = (e: PointerEvent) => dragTo(e.clientY);
    const end = () => endDrag();
    window.addEventListener("pointermove", move);
    window.addEventListener("pointerup", end);
    window.addEventListener("pointercancel", end);
    stopListening.current = () => {
      window.removeEventListener("pointermove", move);
      window.removeEventListener("pointerup", end);
      window.removeEventListener("pointercancel", end);
    };
  }

  function dragTo(pointerY: number) {
    const dragged = draggingRef.current;
    if (dragged === null) return;
    const current = orderRef.current;
    const others = current.filter((x) => x !== dragged);
    const midpoints = others.map((x) => {
      const rect = rows.current.get(x)?.getBoundingClientRect();
      return rect ? rect.top + rect.height / 2 : 0;
    });
    const from = current.indexOf(dragged);
    const to = dropIndex(midpoints, pointerY);
    if (to !== from) apply(moveItem(current, from, to));
  }

  function endDrag() {
    stopListening.current?.();
    stopListening.current = null;
    const dragged = draggingRef.current;
    if (dragged === null) return;
    draggingRef.current = null;
    announceMove(dragged, orderRef.current);
    setDragging(null);
  }

  return (
    <fieldset disabled={disabled} aria-describedby={`${describedBy} ${instructionsId}`}>
      <legend className="label">{t("questions.ordering.legend")}</legend>
      <p id={instructionsId} className="mb-2 text-sm text-slate-600">
        {t("questions.ordering.instructions")}
      </p>
      <ol className="space-y-2">
        {order.map((itemId, index) => (
          <OrderingItem
            key={itemId}
            text={text.get(itemId) ?? itemId}
            position={index + 1}
            total={order.length}
            dragging={dragging === itemId}
            disabled={disabled}
            rowRef={(el) => {
              if (el) rows.current.set(itemId, el);
              else rows.current.delete(itemId);
            }}
            buttonRef={(direction, el) => {
              if (el) buttons.current.set(`${itemId}:${direction}`, el);
              else buttons.current.delete(`${itemId}:${direction}`);
            }}
            onMove={(delta) => moveBy(itemId, delta)}
            onDragStart={() => startDrag(itemId)}
          />
        ))}
      </ol>
      <Announcer message={message} />
    </fieldset>
  );
}
