import type { AsyncLocalStorage } from "node:async_hooks";
/** `peer`: the TCP client address, as the server wrapper saw it. */
export type RequestContext = { requestId: string; userId?: string; peer: string };
export function requestStorage(): AsyncLocalStorage<RequestContext>;
export function currentRequest(): RequestContext | undefined;
export function noteUserId(userId: string): void;
