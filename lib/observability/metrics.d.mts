import type { Counter, Histogram, Registry } from "prom-client";
export type Metrics = {
  register: Registry;
  requestDuration: Histogram<"route" | "method" | "status">;
  actionFailures: Counter<"action" | "code">;
  answersAcknowledged: Counter;
  dbBusy: Counter;
  fsyncDuration: Histogram;
};
/** The process's metrics (see metrics.mjs). */
export function metrics(): Metrics;
export const METRICS_REQUEST: string;
export const METRICS_REPLY: string;
