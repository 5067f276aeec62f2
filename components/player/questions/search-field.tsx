"use client";
import type { KeyboardEvent, RefObject } from "react";

/**
 * The search box of a long menu (QRP long menu, ranked differential, catalogue): its label, a hint,
 * and the number of matches announced politely. `id` prefixes the box (`-search`), the hint (`-hint`)
 * and the count (`-count`); `listId` is the list of matches it controls.
 */
export function SearchField(props: {
  id: string;
  /** The list of matches, when it is rendered (aria-controls must name an element that exists). */
  listId?: string;
  label: string;
  hint: string;
  matchText: string;
  query: string;
  onQuery: (query: string) => void;
  inputRef?: RefObject<HTMLInputElement | null>;
  onKeyDown?: (e: KeyboardEvent<HTMLInputElement>) => void;
}) {
  const { id, listId, label, hint, matchText, query, onQuery, inputRef, onKeyDown } = props;
  return (
    <div>
      <label htmlFor={`${id}-search`} className="label">
        {label}
      </label>
      <input
        ref={inputRef}
        id={`${id}-search`}
        type="search"
        className="input"
        value={query}
        autoComplete="off"
        aria-controls={listId}
        aria-describedby={`${id}-hint ${id}-count`}
        onChange={(e) => onQuery(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <p id={`${id}-hint`} className="mt-1 text-sm text-slate-600">
        {hint}
      </p>
      <p id={`${id}-count`} aria-live="polite" className="mt-1 text-sm font-medium text-slate-700">
        {matchText}
      </p>
    </div>
  );
}
