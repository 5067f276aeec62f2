import { describe, expect, it } from "vitest";
import { fromJsonBytes, toJsonBytes } from "./json-bytes";

describe("JSON bytes", () => {
  it("round-trips a value through UTF-8 JSON", () => {
    const value = { text: "Hémoglobine 9,8 g/dL — « bas »", n: [1, 2.5, null], nested: { ok: true } };
    const bytes = toJsonBytes(value);
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(bytes.byteLength).toBe(Buffer.byteLength(JSON.stringify(value)));
    expect(fromJsonBytes(bytes)).toEqual(value);
  });
});
