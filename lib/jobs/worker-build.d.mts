export function prebuiltWorkerPath(root: string, distDir?: string): string;
export function buildWorkerCode(esbuild: typeof import("esbuild"), root: string): Promise<string>;
