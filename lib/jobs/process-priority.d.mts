export function currentThreadId(): number | null;
export function lowerThisProcessPriority(): number;
export function threadNices(pid?: number): number[] | null;
