/**
 * Response bodies as the browser gets them: requests say `Accept-Encoding: gzip, deflate, br`,
 * so the server compresses (its real cost), and the load generator decompresses before parsing.
 */
import { createRequire } from "node:module";
import zlib from "node:zlib";

// BENCH_ACCEPT_ENCODING=identity measures the server without response compression.
export const BROWSER_ENCODINGS = process.env.BENCH_ACCEPT_ENCODING || "gzip, deflate, br";

type Pending = { body: string };

/**
 * autocannon appends body chunks to a string (`body += buffer`), which corrupts compressed bytes.
 * Keep them as latin1 instead: one char per byte, lossless.
 */
export function keepBinaryBodies(): void {
  const require = createRequire(import.meta.url);
  const Queue = require("autocannon/lib/pipelinedRequestsQueue") as { prototype: { addBody: (data: Buffer) => void; peek: () => Pending | undefined } };
  Queue.prototype.addBody = function addBody(data: Buffer) {
    const req = this.peek();
    if (req) req.body += data.toString("latin1");
  };
}

/** Decodes a latin1-carried body according to its Content-Encoding. */
export function decodeBody(latin1: string, encoding: string | string[] | undefined): string {
  const bytes = Buffer.from(latin1, "latin1");
  return decodeBytes(bytes, encoding);
}

export function decodeBytes(bytes: Buffer, encoding: string | string[] | undefined): string {
  const e = (Array.isArray(encoding) ? encoding[0] : encoding)?.trim().toLowerCase();
  if (!e || e === "identity" || bytes.length === 0) return bytes.toString("utf8");
  if (e === "gzip") return zlib.gunzipSync(bytes).toString("utf8");
  if (e === "br") return zlib.brotliDecompressSync(bytes).toString("utf8");
  if (e === "deflate") return zlib.inflateSync(bytes).toString("utf8");
  throw new Error(`Content-Encoding inconnu : ${e}`);
}
