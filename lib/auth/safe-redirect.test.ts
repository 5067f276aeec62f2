import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./safe-redirect";

describe("safeCallbackPath", () => {
  it.each([
    ["/", "/"],
    ["/cases", "/cases"],
    ["/teach/cases/abc?created=1#top", "/teach/cases/abc?created=1#top"],
    ["/cases/r%C3%A9nal", "/cases/r%C3%A9nal"],
  ])("keeps the app's own path %s", (raw, expected) => {
    expect(safeCallbackPath(raw)).toBe(expected);
  });

  it.each([
    "/\\evil.example/",
    "/%5Cevil.example/",
    "/%5cevil.example/",
    "/%255Cevil.example/",
    "\\\\evil.example",
    "\\/evil.example",
    "/\tevil.example",
    "/\t/evil.example",
    "/%09/evil.example",
    "/\n/evil.example",
    "/%0A/evil.example",
    "/%0D%0A/evil.example",
    "//evil.example",
    "/%2Fevil.example",
    "/%2F%2Fevil.example",
    "%2F%2Fevil.example",
    "https://evil.example",
    "https:evil.example",
    "javascript:alert(1)",
    "evil.example",
    " /cases",
    "/%E0%A4%A",
    "",
  ])("refuses %j", (raw) => {
    expect(safeCallbackPath(raw)).toBe("/");
  });

  it("refuses a missing or repeated parameter", () => {
    expect(safeCallbackPath(undefined)).toBe("/");
    expect(safeCallbackPath(["/cases", "//evil.example"])).toBe("/");
  });
});
