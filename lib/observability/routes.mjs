// Maps a request path to its route pattern ("/teach/cohorts/[id]"), from the build's routes
// manifest, so that log lines and metrics name routes, never ids or tokens, and a metric's label
// set stays small whatever the traffic.
import fs from "node:fs";
import path from "node:path";

/** `manifest`: the parsed routes-manifest.json ({ staticRoutes, dynamicRoutes }). */
export function routeMatcher(manifest) {
  const fixed = new Map((manifest.staticRoutes ?? []).map((r) => [r.page, r.page]));
  const dynamic = (manifest.dynamicRoutes ?? []).map((r) => ({ page: r.page, regex: new RegExp(r.regex) }));
  return function routeOf(url) {
    const pathname = decodePath((url ?? "/").split("?")[0]);
    if (pathname.startsWith("/_next/static/")) return "/_next/static";
    if (pathname.startsWith("/_next/")) return "/_next";
    const bare = pathname.length > 1 ? pathname.replace(/\/+$/, "") : pathname;
    const hit = fixed.get(bare);
    if (hit) return hit;
    for (const r of dynamic) if (r.regex.test(bare)) return r.page;
    return "(unmatched)";
  };
}

function decodePath(p) {
  try {
    return decodeURI(p);
  } catch {
    return p;
  }
}

/** The matcher for the build in `distDir` (a build without a manifest matches nothing). */
export function loadRouteMatcher(distDir) {
  const file = path.join(distDir, "routes-manifest.json");
  const manifest = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) : {};
  return routeMatcher(manifest);
}
