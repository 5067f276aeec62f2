/** How many server processes PROGRESSIF_WORKERS asks for (see workers.mjs). */
export function parseWorkers(raw: string | undefined): number;
