"use client";
import { useState, type ReactNode } from "react";
import { useI18n } from "@/components/i18n-provider";
import { useCountsUnder, useEditorActions } from "./editor-context";
import { isUnder } from "./field-id";

type Props = {
  id: string;
  title: ReactNode;
  level: 2 | 3 | 4 | 5 | 6;
  /** Paths whose errors and warnings the summary counts (the panel may be closed). */
  paths: readonly string[];
  defaultOpen?: boolean;
  children: ReactNode;
  /** Shown below the panel even when it is closed (e.g. move and delete buttons). */
  footer?: ReactNode;
};

/**
 * A collapsible section (details/summary) whose summary says how many problems it hides. Its
 * content is rendered once it has been opened (a long case stays light), and it opens by itself
 * when an issue link asks for a field inside it.
 */
export function Panel({ id, title, level, paths, defaultOpen = false, children, footer }: Props) {
  const { t } = useI18n();
  const [open, setOpen] = useState(defaultOpen);
  const [mounted, setMounted] = useState(defaultOpen);
  const { reveal } = useEditorActions();
  const [seenReveal, setSeenReveal] = useState(0);
  if (reveal && reveal.seq !== seenReveal) {
    setSeenReveal(reveal.seq);
    if (paths.some((p) => isUnder(reveal.path, p))) {
      setOpen(true);
      setMounted(true);
    }
  }
  const { errors, warnings } = useCountsUnder(paths);
  const Heading = `h${level}` as const;
  const size = level === 2 ? "text-lg" : level === 3 ? "text-base" : "text-sm";
  return (
    <div className="rounded-lg border border-slate-200 bg-white shadow-sm">
      <details id={id} open={open} onToggle={(e) => {
          const isOpen = e.currentTarget.open;
          setOpen(isOpen);
          if (isOpen) setMounted(true);
        }}>
        <summary className="flex cursor-pointer list-none flex-wrap items-center gap-x-2 gap-y-1 rounded-lg px-3 py-3 sm:gap-x-3 sm:px-4 hover:bg-slate-50 [&::-webkit-details-marker]:hidden">
          {/* Turned by the panel's own state: a CSS group selector would also turn the nested panels' chevrons. */}
          <svg aria-hidden="true" viewBox="0 0 20 20" className={`h-4 w-4 shrink-0 text-slate-500 transition-transform ${open ? "rotate-90" : ""}`}>
            <path fill="currentColor" d="M7.3 4.3a1 1 0 0 1 1.4 0l5 5a1 1 0 0 1 0 1.4l-5 5a1 1 0 1 1-1.4-1.4L11.6 10 7.3 5.7a1 1 0 0 1 0-1.4Z" />
          </svg>
          <Heading className={`${size} min-w-0 flex-1 font-semibold break-words`}>{title}</Heading>
          {errors > 0 && <span className="rounded-full bg-red-100 px-2 py-0.5 text-xs font-semibold text-red-800">{t("editor.panel.errors", { count: errors })}</span>}
          {warnings > 0 && <span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900">{t("editor.panel.warnings", { count: warnings })}</span>}
        </summary>
        <div className={`space-y-4 border-t border-slate-200 py-4 ${level >= 4 ? "px-2 sm:px-4" : "px-3 sm:px-4"}`}>{mounted && children}</div>
      </details>
      {footer && <div className="border-t border-slate-200 px-3 py-2 sm:px-4">{footer}</div>}
    </div>
  );
}
