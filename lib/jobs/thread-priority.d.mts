export function currentThreadId(): number | null;
export function lowerThisThreadPriority(): number | null;
export function threadNice(tid: number, pid?: number): number | null;
