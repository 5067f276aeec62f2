import { describe, expect, it } from "vitest";
import { formatJoinCode, generateJoinCode, isWellFormedJoinCode, JOIN_CODE_ALPHABET, normaliseJoinCode } from "./join-code";

describe("join codes", () => {
  it("are 8 characters of the alphabet, and differ", () => {
    const codes = new Set(Array.from({ length: 200 }, () => generateJoinCode()));
    expect(codes.size).toBe(200);
    for (const c of codes) expect(isWellFormedJoinCode(c)).toBe(true);
  });

  it("reject out-of-range random values instead of skewing the distribution", () => {
    let call = 0;
    const code = generateJoinCode((n) => {
      call += 1;
      return new Uint32Array(n).fill(call === 1 ? 0xffff_ffff : 1);
    });
    expect(code).toBe(JOIN_CODE_ALPHABET[1].repeat(8));
  });

  it("accept what a student types: lower case, dash, spaces", () => {
    expect(normaliseJoinCode(" abcd-efgh ")).toBe("ABCDEFGH");
    expect(formatJoinCode("ABCDEFGH")).toBe("ABCD-EFGH");
    expect(isWellFormedJoinCode("ABCD0FGH")).toBe(false);
    expect(isWellFormedJoinCode("ABC")).toBe(false);
  });
});
