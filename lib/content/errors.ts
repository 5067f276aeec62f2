/** A problem in a case folder, located for the author: file, path inside the YAML, reason in French. */
export type CaseError = {
  /** File name relative to the case folder (e.g. "case.yaml", "stage-2.yaml"). */
  file: string;
  /** Path inside the file, e.g. "questions[2].options[1].pmz"; "" for the whole file. */
  path: string;
  message: string;
  /** 1-based line in the file, when it could be located. */
  line?: number;
};

export type PathSegment = string | number;

const IDENTIFIER = /^[A-Za-z_][\w-]*$/;

/** ["questions", 2, "options", 1, "pmz"] → "questions[2].options[1].pmz"; odd keys as ["-2"]. */
export function formatPath(segments: readonly PathSegment[]): string {
  let out = "";
  for (const s of segments) {
    if (typeof s === "number") out += `[${s}]`;
    else if (IDENTIFIER.test(s)) out += out ? `.${s}` : s;
    else out += `[${JSON.stringify(s)}]`;
  }
  return out;
}

/** Inverse of formatPath, used to find the line of an error reported by a path. */
export function parsePath(path: string): PathSegment[] {
  const segments: PathSegment[] = [];
  for (const m of path.matchAll(/\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]|([^.[\]]+)/g)) {
    if (m[1] !== undefined) segments.push(Number(m[1]));
    else if (m[2] !== undefined) segments.push(JSON.parse(m[2]) as string);
    else segments.push(m[3]);
  }
  return segments;
}

/** Builds errors for one file with paths given as segments. */
export const errorIn =
  (file: string) =>
  (path: readonly PathSegment[], message: string): CaseError => ({ file, path: formatPath(path), message });
