import type { Db } from "../client";

/** Loads content/cases into the database as published versions (filled in by the case-format work). */
export function seedBundledCases(_db: Db): string[] {
  return [];
}
