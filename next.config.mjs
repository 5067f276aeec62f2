import { MAX_BODY_BYTES } from "./lib/http/body-limit.mjs";

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A separate build folder can be chosen (e.g. to build twice side by side); the default is .next.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  reactStrictMode: true,
  // `npm test` type-checks the whole project (tsc --noEmit) and lints it; the build does not repeat that work.
  typescript: { ignoreBuildErrors: true },
  // Native modules, and prom-client (its registry is shared with the server wrapper, scripts/lib/server.mjs): kept out of the server bundle.
  serverExternalPackages: ["better-sqlite3", "@node-rs/argon2", "mammoth", "unpdf", "prom-client"],
  experimental: {
    // Also enforced (413) by the custom server before Next reads a body: lib/http/body-limit.mjs.
    serverActions: { bodySizeLimit: MAX_BODY_BYTES },
  },
  async headers() {
    // The Content-Security-Policy (with a per-request nonce) is set in proxy.ts.
    return [
      {
        source: "/:path*",
        headers: [
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
    ];
  },
};

export default nextConfig;
