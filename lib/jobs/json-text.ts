/**
 * A value already serialized as JSON, typed by what it holds. The parsing pool's worker thread
 * serializes a large result (a document's analysis: tens of thousands of items for a long report)
 * so that the server's request thread only passes a string along: it never clones, walks or
 * re-serializes the object graph, whatever its size. The browser parses it. Pure module.
 */
export type JsonText<T> = string & { readonly __json?: T };

export function toJsonText<T>(value: T): JsonText<T> {
  return JSON.stringify(value) as JsonText<T>;
}

export function fromJsonText<T>(text: JsonText<T>): T {
  return JSON.parse(text) as T;
}
