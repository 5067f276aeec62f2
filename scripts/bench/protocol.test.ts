import { describe, expect, it } from "vitest";
import { flightRows, parseActionResult } from "./protocol";

describe("parseActionResult", () => {
  it("reads the result row after the envelope", () => {
    expect(parseActionResult(200, '0:{"a":"$@1","f":"","b":"x"}\n1:{"ok":true,"data":null}\n')).toEqual({ ok: true });
    expect(parseActionResult(200, '0:{"a":"$@1"}\n1:{"ok":false,"code":"locked"}\n')).toEqual({ ok: false, error: "locked" });
    expect(parseActionResult(500, "")).toEqual({ ok: false, error: "http-500" });
    expect(parseActionResult(200, '0:{"a":"$@1"}\n')).toEqual({ ok: false, error: "no-result" });
    expect(parseActionResult(200, '0:{"a":"$@1"}\n1:{"ok":tr')).toEqual({ ok: false, error: "unparsable" });
  });

  it("finds it after a text row, which has a byte length and no line end", () => {
    // "Fièvre\n1:" is 10 bytes in UTF-8 (è takes two): the text itself may hold a line end and "1:".
    const body = '0:{"a":"$@1"}\n2:Ta,Fièvre\n1:1:{"ok":true,"data":{"explanation":"$2"}}\n';
    expect(flightRows(body).get(2)).toBe("Fièvre\n1:");
    expect(parseActionResult(200, body)).toEqual({ ok: true });
  });
});
