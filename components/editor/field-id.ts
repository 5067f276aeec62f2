/**
 * Paths and element ids of the editor's fields. A field's path has the DraftIssue format
 * ("stages[1].questions[0].options"); its element id is derived from it, so that an issue found on
 * the server can be linked to the field it is about.
 */
import { formatPath, parsePath, type PathSegment } from "@/lib/content/errors";

/** `sub("stages[1]", "questions", 0)` → "stages[1].questions[0]". */
export function sub(base: string, ...segments: PathSegment[]): string {
  const rest = formatPath(segments);
  if (!base) return rest;
  if (!rest) return base;
  return rest.startsWith("[") ? `${base}${rest}` : `${base}.${rest}`;
}

/** "stages[1].panel[\"-2\"]" → "f-stages-1-panel-m2": a valid, unique element id per path. */
export function fieldId(path: string): string {
  const parts = parsePath(path).map((s) => (typeof s === "number" ? String(s) : s.replace(/^-/, "m").replace(/[^\w]/g, "_")));
  return ["f", ...parts].join("-");
}

/** The path itself, then each ancestor: where to look for the field nearest to an issue. */
export function pathAncestors(path: string): string[] {
  const segments = parsePath(path);
  return segments.map((_, k) => formatPath(segments.slice(0, segments.length - k)));
}

/** True when `path` is `parent` or lies inside it ("stages[1].id" is under "stages[1]", "stages[10]" is not). */
export function isUnder(path: string, parent: string): boolean {
  if (!parent) return true;
  if (!path.startsWith(parent)) return false;
  const next = path.charAt(parent.length);
  return next === "" || next === "." || next === "[";
}
