"use client";
import { createContext, useContext, useMemo, useState, type ReactNode } from "react";
import type { EditorCheck } from "@/lib/authoring/editor-checks";
import { isUnder } from "./field-id";

/**
 * What every part of the editor may need besides its own value, in three contexts that change
 * only when their content does: typing in a field re-renders that field's item, not the case.
 */
export type EditorRefs = {
  objectives: { id: string; text: string }[];
  stages: { id: string; title: string }[];
  errata: { id: string; quote: string }[];
  /** Question and investigation ids in use in the whole case (they must stay unique). */
  usedIds: { questions: string[]; investigations: string[] };
};

type Checks = { checks: readonly EditorCheck[]; byPath: ReadonlyMap<string, EditorCheck[]> };

export type EditorActionsContext = {
  /** Says something to screen-reader users (moves, deletions). */
  announce: (message: string) => void;
  /** The field last asked for (from an issue link): the panels around it open. */
  reveal: { path: string; seq: number } | null;
  revealField: (path: string) => void;
};

const ChecksContext = createContext<Checks | null>(null);
const RefsContext = createContext<EditorRefs | null>(null);
const ActionsContext = createContext<EditorActionsContext | null>(null);

/** The same object as long as its serialised content is the same. */
function useStable<T>(value: T): T {
  const key = JSON.stringify(value);
  const [held, setHeld] = useState({ key, value });
  if (held.key !== key) {
    setHeld({ key, value });
    return value;
  }
  return held.value;
}

function groupByPath(checks: readonly EditorCheck[]): Map<string, EditorCheck[]> {
  const map = new Map<string, EditorCheck[]>();
  for (const c of checks) map.set(c.path, [...(map.get(c.path) ?? []), c]);
  return map;
}

export function EditorProvider({ checks, refs, actions, children }: { checks: readonly EditorCheck[]; refs: EditorRefs; actions: EditorActionsContext; children: ReactNode }) {
  const stableChecks = useStable(checks);
  const checkValue = useMemo(() => ({ checks: stableChecks, byPath: groupByPath(stableChecks) }), [stableChecks]);
  const stableRefs = useStable(refs);
  return (
    <ChecksContext.Provider value={checkValue}>
      <RefsContext.Provider value={stableRefs}>
        <ActionsContext.Provider value={actions}>{children}</ActionsContext.Provider>
      </RefsContext.Provider>
    </ChecksContext.Provider>
  );
}

function need<T>(value: T | null): T {
  if (value === null) throw new Error("editor hook outside EditorProvider");
  return value;
}

export const useEditorRefs = (): EditorRefs => need(useContext(RefsContext));
export const useEditorActions = (): EditorActionsContext => need(useContext(ActionsContext));
export const useEditorChecks = (): readonly EditorCheck[] => need(useContext(ChecksContext)).checks;

const NONE: EditorCheck[] = [];

/** Checks at exactly this path. */
export function useChecksAt(path: string): EditorCheck[] {
  return need(useContext(ChecksContext)).byPath.get(path) ?? NONE;
}

/** Errors and warnings at these paths or inside them (for the badges of collapsed panels). */
export function useCountsUnder(paths: readonly string[]): { errors: number; warnings: number } {
  const inside = useEditorChecks().filter((c) => paths.some((p) => isUnder(c.path, p)));
  return { errors: inside.filter((c) => c.severity === "error").length, warnings: inside.filter((c) => c.severity === "warning").length };
}

/** Checks inside this path, the path itself excluded (for a group whose members have no field of their own). */
export function useChecksInside(path: string): EditorCheck[] {
  return useEditorChecks().filter((c) => c.path !== path && isUnder(c.path, path));
}
