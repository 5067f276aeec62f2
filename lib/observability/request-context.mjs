// What the server wrapper knows about the request being served, readable from the app's code
// (same process): the wrapper runs Next's handler inside this AsyncLocalStorage, and the session
// lookup notes the user id there, so the request's log line carries it.
import { AsyncLocalStorage } from "node:async_hooks";

const KEY = Symbol.for("progressif.requestContext");

/** The storage, shared through globalThis by the wrapper and the app's bundle. */
export function requestStorage() {
  return (globalThis[KEY] ??= new AsyncLocalStorage());
}

/** The current request's context ({ requestId, userId }), or undefined outside a request. */
export function currentRequest() {
  return requestStorage().getStore();
}

/** Records the signed-in user on the current request (no-op outside the wrapper, e.g. `next dev`). */
export function noteUserId(userId) {
  const store = currentRequest();
  if (store) store.userId = userId;
}
