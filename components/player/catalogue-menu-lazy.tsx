"use client";
import { lazy, Suspense, type ComponentProps } from "react";

// Few stages search the catalogue: its menu (and the search code) loads only where one is shown.
const CatalogueMenu = lazy(() => import("./catalogue-menu").then((m) => ({ default: m.CatalogueMenu })));

export function LazyCatalogueMenu(props: ComponentProps<typeof CatalogueMenu>) {
  return (
    <Suspense fallback={<div className="h-24 animate-pulse rounded-md bg-slate-100" aria-hidden="true" />}>
      <CatalogueMenu {...props} />
    </Suspense>
  );
}
