import { describe, expect, it } from "vitest";
import { dependenciesMatch } from "./prepare.mjs";

const lock = {
  packages: {
    "": { name: "progressif" },
    "node_modules/a": { version: "1.0.0" },
    "node_modules/b": { version: "2.0.0", dev: true },
    "node_modules/@img/linux-arm": { version: "0.3.0", optional: true },
  },
};

describe("dependenciesMatch", () => {
  it("accepts node_modules holding the locked versions, without other platforms' optional packages", () => {
    expect(dependenciesMatch(lock, { packages: { "node_modules/a": { version: "1.0.0" }, "node_modules/b": { version: "2.0.0" } } })).toBe(true);
  });
  it("asks for an install when a package is missing, at another version, or no longer locked", () => {
    expect(dependenciesMatch(lock, { packages: { "node_modules/a": { version: "1.0.0" } } })).toBe(false);
    expect(dependenciesMatch(lock, { packages: { "node_modules/a": { version: "1.0.1" }, "node_modules/b": { version: "2.0.0" } } })).toBe(false);
    expect(dependenciesMatch(lock, { packages: { "node_modules/a": { version: "1.0.0" }, "node_modules/b": { version: "2.0.0" }, "node_modules/old": { version: "1.0.0" } } })).toBe(false);
  });
});
