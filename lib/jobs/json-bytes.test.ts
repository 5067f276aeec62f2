import { describe, expect, it } from "vitest";
import { fromJsonBytes, toJsonBytes, transferablesOf } from "./json-bytes";

describe("JSON bytes", () => {
  it("round-trips a value through UTF-8 JSON", () => {
    const value = { text: "Hémoglobine 9,8 g/dL — « bas »", n: [1, 2.5, null], nested: { ok: true } };
    const bytes = toJsonBytes(value);
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(bytes.byteLength).toBe(Buffer.byteLength(JSON.stringify(value)));
    expect(fromJsonBytes(bytes)).toEqual(value);
  });

  it("transfers only byte arrays that own their whole buffer, among the result's own values", () => {
    const whole = toJsonBytes({ a: 1 });
    const view = new Uint8Array(new ArrayBuffer(16), 4, 8);
    expect(transferablesOf({ ok: true, analysis: whole, view, nested: { deeper: toJsonBytes(2) } })).toEqual([whole.buffer]);
    expect(transferablesOf(null)).toEqual([]);
    expect(transferablesOf("text")).toEqual([]);
  });
});
