import type { AsyncLocalStorage } from "node:async_hooks";
/**
 * `peer`: the TCP client address, as the server wrapper saw it; `forwarded`: whether the request
 * arrived with X-Forwarded-For or Forwarded (Next adds X-Forwarded-For itself afterwards).
 */
export type RequestContext = { requestId: string; userId?: string; peer: string; forwarded: boolean };
export function requestStorage(): AsyncLocalStorage<RequestContext>;
export function currentRequest(): RequestContext | undefined;
export function noteUserId(userId: string): void;
