// The subset of autocannon 8's API the benchmarks use (the package ships no types).
declare module "autocannon" {
  import type { EventEmitter } from "node:events";

  export type RequestData = {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    body?: string | Buffer;
  };

  export type Request = RequestData & {
    setupRequest?: (req: RequestData, context: unknown) => RequestData | null;
    onResponse?: (status: number, body: string, context: unknown, headers: Record<string, string | string[]>) => void;
  };

  export type Client = EventEmitter & { requestIterator: { context: unknown; resetContext: () => void; rebuildRequest: () => unknown } };

  export type Options = {
    url: string;
    connections?: number;
    duration?: number;
    amount?: number;
    overallRate?: number;
    timeout?: number;
    pipelining?: number;
    requests?: Request[];
    setupClient?: (client: Client) => void;
  };

  export type Result = {
    duration: number;
    requests: { total: number; average: number };
    latency: { p50: number; p99: number; average: number };
    errors: number;
    timeouts: number;
    non2xx: number;
  };

  export type Instance = EventEmitter & Promise<Result> & { stop: () => void };

  function autocannon(options: Options): Instance;
  export default autocannon;
}
