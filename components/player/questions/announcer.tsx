"use client";
import { useCallback, useState } from "react";

/**
 * A polite live region. Screen readers skip an unchanged text, so repeating the same message
 * alternates an invisible zero-width space to make it a change.
 */
export function useAnnouncer(): [string, (message: string) => void] {
  const [state, setState] = useState({ text: "", tick: false });
  const announce = useCallback((text: string) => setState((s) => ({ text, tick: !s.tick })), []);
  return [state.text === "" ? "" : state.text + (state.tick ? "\u200b" : ""), announce];
}

export function Announcer({ message, visible = false, id }: { message: string; visible?: boolean; id?: string }) {
  return (
    <p id={id} aria-live="polite" className={visible ? "min-h-[1.25rem] text-sm text-slate-700" : "sr-only"}>
      {message}
    </p>
  );
}
