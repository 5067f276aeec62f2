import type { StudentRow } from "./types";

export const SORT_KEYS = ["name", "email", "status", "mark", "started", "finished", "attempts"] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortOrder = "asc" | "desc";

const STATUS_RANK = { not_started: 0, in_progress: 1, finished: 2 } as const;

export function parseSort(sort: unknown, order: unknown): { key: SortKey; order: SortOrder } {
  const key = (SORT_KEYS as readonly string[]).includes(String(sort)) ? (sort as SortKey) : "name";
  const dir = order === "desc" || order === "asc" ? order : key === "mark" ? "desc" : "asc";
  return { key, order: dir };
}

function value(row: StudentRow, key: SortKey): string | number | null {
  switch (key) {
    case "name":
      return row.name;
    case "email":
      return row.email;
    case "status":
      return STATUS_RANK[row.status];
    case "mark":
      return row.mark20;
    case "started":
      return row.startedAt;
    case "finished":
      return row.finishedAt;
    case "attempts":
      return row.attemptsUsed;
  }
}

const collator = new Intl.Collator("fr", { sensitivity: "base", numeric: true });

/** A sorted copy; empty values (no mark, not started) always last, ties by name then email. */
export function sortStudents(rows: readonly StudentRow[], key: SortKey, order: SortOrder): StudentRow[] {
  const sign = order === "asc" ? 1 : -1;
  return [...rows].sort((a, b) => {
    const va = value(a, key);
    const vb = value(b, key);
    if (va === null && vb !== null) return 1;
    if (vb === null && va !== null) return -1;
    let c = 0;
    if (va !== null && vb !== null) c = typeof va === "string" ? collator.compare(va, String(vb)) : va - (vb as number);
    return sign * c || collator.compare(a.name, b.name) || a.email.localeCompare(b.email);
  });
}
