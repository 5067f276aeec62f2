import { describe, expect, it } from "vitest";
import { routeMatcher } from "./routes.mjs";

const routeOf = routeMatcher({
  staticRoutes: [
    { page: "/", regex: "^/(?:/)?$" },
    { page: "/teach", regex: "^/teach(?:/)?$" },
    { page: "/api/health", regex: "^/api/health(?:/)?$" },
  ],
  dynamicRoutes: [
    { page: "/teach/cohorts/[id]", regex: "^/teach/cohorts/([^/]+?)(?:/)?$" },
    { page: "/api/auth/[...nextauth]", regex: "^/api/auth/(.+?)(?:/)?$" },
  ],
});

describe("routeMatcher", () => {
  it("names the route pattern, never the ids or the query", () => {
    expect(routeOf("/")).toBe("/");
    expect(routeOf("/teach?tab=1")).toBe("/teach");
    expect(routeOf("/teach/")).toBe("/teach");
    expect(routeOf("/teach/cohorts/0f4c-11?x=y")).toBe("/teach/cohorts/[id]");
    expect(routeOf("/api/auth/callback/credentials")).toBe("/api/auth/[...nextauth]");
    expect(routeOf("/api/health")).toBe("/api/health");
  });

  it("groups Next's own files and unknown paths", () => {
    expect(routeOf("/_next/static/chunks/abc.js")).toBe("/_next/static");
    expect(routeOf("/_next/image?url=x")).toBe("/_next");
    expect(routeOf("/wp-login.php")).toBe("(unmatched)");
    expect(routeOf("/%E0%A4%A")).toBe("(unmatched)");
  });
});
