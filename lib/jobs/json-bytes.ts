/**
 * A value already serialized as UTF-8 JSON, typed by what it holds. The parsing pool's worker
 * process serializes a large result (a document's analysis: thousands of items for a long report)
 * and sends the bytes: the server's request thread receives one buffer, neither walks nor
 * re-encodes it, and React writes it to the response as it is (a binary row). The browser parses it.
 * Pure module.
 */
export type JsonBytes<T> = Uint8Array<ArrayBuffer> & { readonly __json?: T };

export function toJsonBytes<T>(value: T): JsonBytes<T> {
  return new TextEncoder().encode(JSON.stringify(value)) as JsonBytes<T>;
}

export function fromJsonBytes<T>(bytes: JsonBytes<T>): T {
  return JSON.parse(new TextDecoder().decode(bytes)) as T;
}
