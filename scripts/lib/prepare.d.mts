type Lock = { packages?: Record<string, { name?: string; version?: string; optional?: boolean; peer?: boolean; dev?: boolean }> };
/** Whether the installed packages match the lockfile (see prepare.mjs). */
export function dependenciesMatch(lock: Lock, installed: Lock): boolean;
export function ensureDependencies(root?: string): void;
