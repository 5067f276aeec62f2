import { describe, expect, it } from "vitest";
import { MAX_BODY_BYTES, announcedBodyTooLarge } from "./body-limit.mjs";

describe("announcedBodyTooLarge", () => {
  it("refuses an announced length past the limit, keeps one at the limit", () => {
    expect(announcedBodyTooLarge({ "content-length": String(MAX_BODY_BYTES + 1) })).toBe(true);
    expect(announcedBodyTooLarge({ "content-length": String(MAX_BODY_BYTES) })).toBe(false);
    expect(announcedBodyTooLarge({ "content-length": "0" })).toBe(false);
  });

  it("counts a chunked body as it arrives, and a request without a body has nothing to count", () => {
    expect(announcedBodyTooLarge({ "transfer-encoding": "chunked" })).toBe("unknown");
    expect(announcedBodyTooLarge({})).toBe(false);
  });

  it("refuses a length that is not a whole number of bytes", () => {
    expect(announcedBodyTooLarge({ "content-length": "12abc" })).toBe(true);
    expect(announcedBodyTooLarge({ "content-length": "1.5" })).toBe(true);
  });
});
