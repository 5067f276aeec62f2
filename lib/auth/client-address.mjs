/**
 * The client address used by the sign-in and sign-up limits. By default it is the TCP peer (the
 * socket): an X-Forwarded-For header is only a claim, and trusting it lets anyone pick their own
 * key. TRUSTED_PROXIES says which hops to believe: a hop count ("1": one reverse proxy in front), or
 * a comma-separated list of addresses and CIDR blocks ("127.0.0.1, 10.0.0.0/8", "loopback").
 * Walking from the socket towards the client, a hop is believed while the address that wrote it is
 * trusted. Plain JavaScript: the server preload (client-address-preload.mjs) and tests share it.
 */
import net from "node:net";

/** @typedef {{ kind: "none" } | { kind: "hops"; hops: number } | { kind: "list"; list: net.BlockList }} TrustRule */

/** Parses TRUSTED_PROXIES; throws with a message naming the variable on a bad value. */
export function parseTrustedProxies(raw) {
  if (raw === undefined || raw.trim() === "") return { kind: "none" };
  const value = raw.trim();
  if (/^\d+$/.test(value)) return { kind: "hops", hops: Math.min(Number(value), 20) };
  const list = new net.BlockList();
  for (const part of value.split(",").map((p) => p.trim()).filter(Boolean)) {
    if (part === "loopback") {
      list.addSubnet("127.0.0.0", 8, "ipv4");
      list.addAddress("::1", "ipv6");
      continue;
    }
    const [address, bits] = part.split("/");
    const family = net.isIPv4(address) ? "ipv4" : net.isIPv6(address) ? "ipv6" : null;
    const prefix = bits === undefined ? null : Number(bits);
    if (!family || (bits !== undefined && (!/^\d+$/.test(bits) || prefix > (family === "ipv4" ? 32 : 128)))) {
      throw new Error(`TRUSTED_PROXIES : « ${part} » n'est ni une adresse IP, ni un bloc CIDR, ni « loopback » (ou donnez un nombre de relais).`);
    }
    if (prefix === null) list.addAddress(address, family);
    else list.addSubnet(address, prefix, family);
  }
  return { kind: "list", list };
}

/** "::ffff:1.2.3.4" (an IPv4 peer on a dual-stack socket) is 1.2.3.4. */
function plain(address) {
  const a = address.trim().replace(/^\[|\]$/g, "");
  return /^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(a) ? a.slice(7) : a;
}

function trusted(list, address) {
  const family = net.isIPv4(address) ? "ipv4" : net.isIPv6(address) ? "ipv6" : null;
  return family !== null && list.check(address, family);
}

/**
 * `socketAddress`: the TCP peer; `forwardedFor`: the X-Forwarded-For header(s) as received.
 * Returns the address of the client as far as the trusted hops can tell.
 */
export function clientAddress(socketAddress, forwardedFor, rule) {
  const peer = socketAddress ? plain(socketAddress) : "unknown";
  if (rule.kind === "none") return peer;
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "");
  // Nearest first: the socket, then the hops from the last one written to the first.
  const chain = [peer, ...header.split(",").map(plain).filter(Boolean).reverse()];
  if (rule.kind === "hops") return chain[Math.min(rule.hops, chain.length - 1)];
  let i = 0;
  while (i < chain.length - 1 && trusted(rule.list, chain[i])) i++;
  return chain[i];
}
