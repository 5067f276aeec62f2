type Route = { page: string; regex: string };
export function routeMatcher(manifest: { staticRoutes?: Route[]; dynamicRoutes?: Route[] }): (url: string | undefined) => string;
export function loadRouteMatcher(distDir: string): (url: string | undefined) => string;
