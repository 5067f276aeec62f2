/** See demo-mode.mjs. */
export function isLoopbackUrl(raw: string): boolean;
export function demoEnabled(env: { PROGRESSIF_DEMO?: string; NEXTAUTH_URL?: string; PORT?: string | number }): boolean;
