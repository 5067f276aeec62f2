/** See client-address.mjs. */
import type { BlockList } from "node:net";
export type TrustRule = { kind: "none" } | { kind: "hops"; hops: number } | { kind: "list"; list: BlockList };
export function parseTrustedProxies(raw: string | undefined): TrustRule;
export function clientAddress(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, rule: TrustRule): string;
