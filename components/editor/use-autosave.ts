"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import type { DraftCase } from "@/lib/authoring/draft";
import type { SaveResult } from "./types";

export type SaveStatus = "saved" | "dirty" | "saving" | "conflict" | "invalid" | "not-found" | "failed";
export type SaveState = { status: SaveStatus; savedAt: number; message?: string };

export const AUTOSAVE_DELAY = 1500;

/**
 * Saves the draft ~1.5 s after the last change, one save at a time, with the last known save time
 * as the optimistic-concurrency token. A conflict (someone saved the case elsewhere) stops autosave:
 * the author must reload rather than overwrite. `flush` saves at once and says whether it worked.
 */
export function useAutosave(draft: DraftCase, initialUpdatedAt: number, save: (draft: DraftCase, expected: number) => Promise<SaveResult>, delay = AUTOSAVE_DELAY) {
  const [state, setState] = useState<SaveState>({ status: "saved", savedAt: initialUpdatedAt });
  const [savedDraft, setSavedDraft] = useState(draft);
  const latest = useRef(draft);
  const expected = useRef(initialUpdatedAt);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const lastSaved = useRef(draft);
  const stopped = useRef(false);

  const run = useCallback(async (): Promise<boolean> => {
    const snapshot = latest.current;
    if (snapshot === lastSaved.current) return true;
    setState((s) => ({ ...s, status: "saving", message: undefined }));
    try {
      const result = await save(snapshot, expected.current);
      if (result.ok) {
        expected.current = result.data.updatedAt;
        lastSaved.current = snapshot;
        setSavedDraft(snapshot);
        setState({ status: "saved", savedAt: result.data.updatedAt });
        return true;
      }
      // Conflict or a vanished draft: saving again would overwrite someone's work or fail the same way.
      if (result.code !== "invalid") stopped.current = true;
      setState((s) => ({ ...s, status: result.code, message: result.message }));
      return false;
    } catch {
      setState((s) => ({ ...s, status: "failed" }));
      return false;
    }
  }, [save]);

  const flush = useCallback(async (): Promise<boolean> => {
    if (stopped.current) return false;
    // One save at a time: wait for the one under way, then save what changed since.
    while (inFlight.current) await inFlight.current;
    const current = run();
    inFlight.current = current;
    try {
      return await current;
    } finally {
      inFlight.current = null;
    }
  }, [run]);

  useEffect(() => {
    latest.current = draft;
    if (draft === lastSaved.current || stopped.current) return;
    const timer = setTimeout(() => void flush(), delay);
    return () => clearTimeout(timer);
  }, [draft, delay, flush]);

  const dirty = draft !== savedDraft;
  // Leaving with unsaved changes asks first (not after a conflict: reloading is the way out).
  useEffect(() => {
    if (!dirty || state.status === "conflict") return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty, state.status]);

  const status: SaveStatus = state.status === "saved" && dirty ? "dirty" : state.status;
  return { status, savedAt: state.savedAt, message: state.message, flush };
}
