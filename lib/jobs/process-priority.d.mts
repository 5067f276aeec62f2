export function lowerThisProcessPriority(): number;
export function threadNices(pid?: number): number[] | null;
