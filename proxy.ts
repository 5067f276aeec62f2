import { NextResponse, type NextRequest } from "next/server";

/**
 * Sets a strict Content-Security-Policy with a per-request nonce (Next applies it to its own
 * scripts). This is not an authorization layer: every page and action checks access itself.
 */
/** What the app answers; anything else (TRACE, PROPFIND…) is refused here rather than reaching a route. */
const METHODS = new Set(["GET", "HEAD", "POST", "OPTIONS"]);

/** A path whose percent-encoding is broken ("/%E0%A4%A") can name no page: 400, not an error deep in routing. */
function badlyEncoded(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

export function proxy(request: NextRequest) {
  if (!METHODS.has(request.method)) return new NextResponse(null, { status: 405, headers: { Allow: [...METHODS].join(", ") } });
  if (badlyEncoded(request.nextUrl.pathname)) return new NextResponse("Bad Request", { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const dev = process.env.NODE_ENV !== "production";
  const csp = [
    "default-src 'self'",
    // 'unsafe-eval' only in development (React's dev tooling needs it), never in production.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  matcher: [
    {
      source: "/((?!_next/static|_next/image|favicon.ico).*)",
      // Server action calls from the browser's JavaScript (Next-Action header) answer with an RSC
      // payload, never a document: a CSP has nothing to protect there, and skipping the proxy saves
      // its cost on every answer of exam day. Form posts without JavaScript carry no such header and
      // still get their CSP.
      missing: [{ type: "header", key: "next-action" }],
    },
  ],
};
