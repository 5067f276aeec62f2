import { describe, expect, it } from "vitest";
import { clientAddress, parseTrustedProxies } from "./client-address.mjs";

describe("client address", () => {
  it("is the socket by default, whatever X-Forwarded-For claims", () => {
    const rule = parseTrustedProxies(undefined);
    expect(clientAddress("203.0.113.9", "1.2.3.4", rule)).toBe("203.0.113.9");
    expect(clientAddress("::ffff:203.0.113.9", "1.2.3.4, 5.6.7.8", rule)).toBe("203.0.113.9");
    expect(clientAddress(undefined, "1.2.3.4", rule)).toBe("unknown");
  });

  it("with a hop count, believes that many hops from the socket", () => {
    const one = parseTrustedProxies("1");
    expect(clientAddress("10.0.0.2", "6.6.6.6, 198.51.100.7", one)).toBe("198.51.100.7");
    expect(clientAddress("10.0.0.2", undefined, one)).toBe("10.0.0.2");
    expect(clientAddress("10.0.0.2", "6.6.6.6, 198.51.100.7, 10.0.0.3", parseTrustedProxies("2"))).toBe("198.51.100.7");
    expect(clientAddress("10.0.0.2", "198.51.100.7", parseTrustedProxies("0"))).toBe("10.0.0.2");
  });

  it("with a list, believes hops written by trusted proxies only", () => {
    const rule = parseTrustedProxies("10.0.0.0/8, loopback");
    expect(clientAddress("10.1.2.3", "6.6.6.6, 198.51.100.7", rule)).toBe("198.51.100.7");
    expect(clientAddress("10.1.2.3", "6.6.6.6, 198.51.100.7, 10.9.9.9", rule)).toBe("198.51.100.7");
    expect(clientAddress("::1", "198.51.100.7", rule)).toBe("198.51.100.7");
    // A client talking to the server directly cannot choose its key.
    expect(clientAddress("203.0.113.9", "1.2.3.4", rule)).toBe("203.0.113.9");
    // Every hop trusted: the first one is the client.
    expect(clientAddress("127.0.0.1", "10.0.0.5", rule)).toBe("10.0.0.5");
  });

  it("refuses a value that is neither a count nor addresses", () => {
    expect(() => parseTrustedProxies("proxy.example")).toThrow("TRUSTED_PROXIES");
    expect(() => parseTrustedProxies("10.0.0.0/40")).toThrow("TRUSTED_PROXIES");
  });
});
