/**
 * A value already serialized as UTF-8 JSON, typed by what it holds. The parsing pool's worker
 * thread serializes a large result (a document's analysis: thousands of items for a long report)
 * and transfers the bytes: the server's request thread neither copies, walks nor re-encodes them,
 * and React writes them to the response as they are (a binary row). The browser parses them.
 * Pure module.
 */
export type JsonBytes<T> = Uint8Array<ArrayBuffer> & { readonly __json?: T };

export function toJsonBytes<T>(value: T): JsonBytes<T> {
  return new TextEncoder().encode(JSON.stringify(value)) as JsonBytes<T>;
}

export function fromJsonBytes<T>(bytes: JsonBytes<T>): T {
  return JSON.parse(new TextDecoder().decode(bytes)) as T;
}

/** The buffers of the byte arrays among `result`'s own values, to transfer rather than copy. */
export function transferablesOf(result: unknown): ArrayBuffer[] {
  if (typeof result !== "object" || result === null) return [];
  return Object.values(result).flatMap((v) => (v instanceof Uint8Array && v.buffer instanceof ArrayBuffer && v.byteOffset === 0 && v.byteLength === v.buffer.byteLength ? [v.buffer] : []));
}
