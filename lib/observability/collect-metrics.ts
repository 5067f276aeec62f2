import cluster from "node:cluster";
import { randomUUID } from "node:crypto";
import { metrics, METRICS_REPLY, METRICS_REQUEST } from "./metrics.mjs";

/**
 * The Prometheus text of the whole server: this process's registry, or — in a cluster worker —
 * every worker's, summed by the primary (scripts/lib/serve.mjs).
 */
export async function collectMetrics(timeoutMs = 5_000): Promise<{ text: string; contentType: string }> {
  const { register } = metrics();
  if (!cluster.isWorker || !process.send) return { text: await register.metrics(), contentType: register.contentType };
  const id = randomUUID();
  const text = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      process.off("message", onMessage);
      reject(new Error("metrics: no reply from the cluster primary"));
    }, timeoutMs);
    function onMessage(message: { type?: string; id?: string; text?: string; error?: string }) {
      if (message?.type !== METRICS_REPLY || message.id !== id) return;
      clearTimeout(timer);
      process.off("message", onMessage);
      if (message.error !== undefined) reject(new Error(message.error));
      else resolve(message.text ?? "");
    }
    process.on("message", onMessage);
    process.send!({ type: METRICS_REQUEST, id });
  });
  return { text, contentType: register.contentType };
}
