import { timingSafeEqual, createHash } from "node:crypto";

export type MetricsRequest = {
  /** METRICS_TOKEN, when set. */
  token: string | undefined;
  authorization: string | null;
  /** The TCP peer's address as the server wrapper saw it (undefined outside the wrapper). */
  peer: string | undefined;
  /** Whether the request carries X-Forwarded-For / Forwarded (it came through a reverse proxy). */
  forwarded: boolean;
};

function isLoopback(address: string): boolean {
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(address) || address === "::1" || /^::ffff:127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(address);
}

const digest = (s: string) => createHash("sha256").update(s).digest();

/**
 * Who may read /metrics. With METRICS_TOKEN set: only a request bearing it (compared in constant
 * time), from anywhere. Without it: only a client on this machine, talking to the server directly
 * — a request relayed by a reverse proxy on the same host arrives from the loopback too, but says
 * so in X-Forwarded-For, and is refused.
 */
export function mayReadMetrics(r: MetricsRequest): boolean {
  if (r.token) {
    const match = /^Bearer (.+)$/.exec(r.authorization ?? "");
    return match !== null && timingSafeEqual(digest(match[1]), digest(r.token));
  }
  return r.peer !== undefined && isLoopback(r.peer) && !r.forwarded;
}
