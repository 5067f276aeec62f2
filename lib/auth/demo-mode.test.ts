import { describe, expect, it } from "vitest";
import { demoEnabled, isLoopbackUrl } from "./demo-mode.mjs";

describe("demo accounts", () => {
  it("exist for a newcomer's npm start: no variable set, or a loopback public URL", () => {
    expect(demoEnabled({})).toBe(true);
    expect(demoEnabled({ PORT: "3100" })).toBe(true);
    expect(demoEnabled({ NEXTAUTH_URL: "http://localhost:3000" })).toBe(true);
    expect(demoEnabled({ NEXTAUTH_URL: "http://127.0.0.1:8080/" })).toBe(true);
    expect(demoEnabled({ NEXTAUTH_URL: "http://[::1]:3000" })).toBe(true);
    expect(demoEnabled({ NEXTAUTH_URL: "http://app.localhost" })).toBe(true);
  });

  it("do not exist on a public URL unless PROGRESSIF_DEMO=1 says so", () => {
    expect(demoEnabled({ NEXTAUTH_URL: "https://progressif.example.org" })).toBe(false);
    expect(demoEnabled({ NEXTAUTH_URL: "http://10.0.0.5:3000" })).toBe(false);
    expect(demoEnabled({ NEXTAUTH_URL: "http://localhost.evil.example" })).toBe(false);
    expect(demoEnabled({ NEXTAUTH_URL: "http://127.0.0.1.nip.io" })).toBe(false);
    expect(demoEnabled({ NEXTAUTH_URL: "https://progressif.example.org", PROGRESSIF_DEMO: "1" })).toBe(true);
  });

  it("are off with PROGRESSIF_DEMO=0 even on localhost", () => {
    expect(demoEnabled({ NEXTAUTH_URL: "http://localhost:3000", PROGRESSIF_DEMO: "0" })).toBe(false);
  });

  it("treats an unparsable URL as public", () => {
    expect(isLoopbackUrl("not a url")).toBe(false);
  });
});
