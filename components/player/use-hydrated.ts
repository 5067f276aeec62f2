"use client";
import { useSyncExternalStore } from "react";

const noop = () => () => {};

/**
 * False in the server's HTML and during hydration, true once React runs the page in the browser.
 * Question inputs stay disabled (visibly) until then: a click before hydration would be lost.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noop,
    () => true,
    () => false,
  );
}
