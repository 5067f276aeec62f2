import { describe, expect, it } from "vitest";
import { mayReadMetrics } from "./metrics-access";

const direct = { token: undefined, authorization: null, forwarded: false };

describe("mayReadMetrics", () => {
  it("without a token, lets in only a direct loopback client", () => {
    for (const peer of ["127.0.0.1", "::1", "::ffff:127.0.0.1", "127.1.2.3"]) expect(mayReadMetrics({ ...direct, peer })).toBe(true);
    for (const peer of ["10.0.0.4", "::ffff:10.0.0.4", "192.168.1.2", "fe80::1", "", undefined]) expect(mayReadMetrics({ ...direct, peer })).toBe(false);
  });

  it("refuses a loopback request relayed by a reverse proxy", () => {
    expect(mayReadMetrics({ ...direct, peer: "127.0.0.1", forwarded: true })).toBe(false);
  });

  it("with a token, requires exactly that bearer token, from anywhere", () => {
    const token = "s3cret-metrics-token";
    expect(mayReadMetrics({ token, authorization: `Bearer ${token}`, peer: "10.0.0.4", forwarded: true })).toBe(true);
    expect(mayReadMetrics({ token, authorization: `Bearer ${token}x`, peer: "127.0.0.1", forwarded: false })).toBe(false);
    expect(mayReadMetrics({ token, authorization: token, peer: "127.0.0.1", forwarded: false })).toBe(false);
    expect(mayReadMetrics({ token, authorization: null, peer: "127.0.0.1", forwarded: false })).toBe(false);
  });
});
