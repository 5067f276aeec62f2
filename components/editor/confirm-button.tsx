"use client";
import { useEffect, useRef, useState } from "react";
import { useI18n } from "@/components/i18n-provider";

type Props = {
  id?: string;
  /** Visible text of the first button (e.g. "Supprimer"). */
  label: string;
  /** Accessible name of the first button; must start with `label`. */
  ariaLabel: string;
  /** The question asked before doing it. */
  question: string;
  onConfirm: () => void;
};

/** A destructive action asked twice: the first click shows the question and a confirm button. */
export function ConfirmButton({ id, label, ariaLabel, question, onConfirm }: Props) {
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (asking) confirmRef.current?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      triggerRef.current?.focus();
    }
  }, [asking]);

  if (!asking) {
    return (
      <button ref={triggerRef} id={id} type="button" className="btn-secondary px-2 py-1 text-red-800 sm:px-3" aria-label={ariaLabel} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <div role="group" aria-label={question} className="flex flex-wrap items-center gap-2 rounded-md border border-red-300 bg-red-50 p-2">
      <p className="text-sm font-medium text-red-900">{question}</p>
      <button ref={confirmRef} type="button" className="btn-danger px-3 py-1" onClick={onConfirm}>
        {t("editor.list.confirmDelete")}
      </button>
      <button
        type="button"
        className="btn-secondary px-3 py-1"
        onClick={() => {
          returnFocus.current = true;
          setAsking(false);
        }}
      >
        {t("editor.list.cancel")}
      </button>
    </div>
  );
}
