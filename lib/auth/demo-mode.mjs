/**
 * Whether the demo accounts exist (seeded) and are listed on the sign-in page. Their passwords are
 * public, so by default only an app reached at a loopback address (a newcomer's `npm start`) has
 * them; PROGRESSIF_DEMO=1 turns them on explicitly (a public demo), PROGRESSIF_DEMO=0 forces them
 * off. Plain JavaScript: the start and seed scripts and the server read the same rule.
 */
export function isLoopbackUrl(raw) {
  let host;
  try {
    host = new URL(raw).hostname.toLowerCase();
  } catch {
    return false;
  }
  if (host === "localhost" || host.endsWith(".localhost")) return true;
  if (host === "[::1]") return true;
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/** `env`: PROGRESSIF_DEMO, NEXTAUTH_URL and PORT as the process sees them (NEXTAUTH_URL defaults to localhost). */
export function demoEnabled(env) {
  if (env.PROGRESSIF_DEMO === "1") return true;
  if (env.PROGRESSIF_DEMO === "0") return false;
  return isLoopbackUrl(env.NEXTAUTH_URL || `http://localhost:${env.PORT || 3000}`);
}
