import "server-only";
import { cookies } from "next/headers";
import { decode, getToken, type JWT, type JWTDecodeParams } from "next-auth/jwt";
import { env } from "@/lib/env";

export type SessionClaims = { uid: string; tv: number; sid: string };

/**
 * The user id, token version and session id of the request's session cookie, as `getServerSession` finds
 * them, without its cost. The caller compares the version with the user's row (lib/dal/session.ts):
 * the cache below only saves the decryption, never the revocation check.
 *
 * getServerSession, called from a server component or action, runs next-auth's whole session
 * route: it derives the key (HKDF), decrypts the JWE, then derives the key again and re-encrypts a
 * rolled token whose cookie it cannot set there and drops. Here: the same cookie (next-auth's
 * SessionStore via getToken, cookies only — no Authorization header), the same decryption, and a
 * cache of tokens already decrypted, so a student's next requests skip the crypto.
 */
export async function sessionClaims(): Promise<SessionClaims | null> {
  const jar = await cookies();
  const req = { cookies: Object.fromEntries(jar.getAll().map((c) => [c.name, c.value])), headers: {} };
  const secret = env().NEXTAUTH_SECRET ?? process.env.AUTH_SECRET;
  const token = await getToken({ req: req as unknown as Parameters<typeof getToken>[0]["req"], secret, decode: decodeSessionToken });
  // A token without a version or a session id predates revocation and is refused (its holder signs in again).
  return typeof token?.uid === "string" && typeof token.tv === "number" && typeof token.sid === "string" ? { uid: token.uid, tv: token.tv, sid: token.sid } : null;
}

// Same tolerance as next-auth's decode (jose's jwtDecrypt with clockTolerance: 15).
const CLOCK_TOLERANCE_S = 15;
const MAX_ENTRIES = 20_000;

type Verified = { payload: JWT; exp: unknown };
const verified = new Map<string, Verified>();
let verifiedWith: string | undefined;

/**
 * next-auth's decode, remembered per exact token string. The token is authenticated encryption
 * under the secret, so the same string always decrypts to the same claims; only time changes the
 * answer, and expiry is re-checked on every use with jose's rule. A new secret empties the cache.
 */
export async function decodeSessionToken(params: JWTDecodeParams): Promise<JWT | null> {
  const { token, secret } = params;
  if (!token) return null;
  const secretKey = typeof secret === "string" ? secret : secret?.toString();
  if (secretKey !== verifiedWith) {
    verified.clear();
    verifiedWith = secretKey;
  }
  const hit = verified.get(token);
  if (hit) {
    if (typeof hit.exp === "number" && hit.exp <= Math.floor(Date.now() / 1000) - CLOCK_TOLERANCE_S) {
      verified.delete(token);
      return null;
    }
    return { ...hit.payload };
  }
  const payload = await decode(params);
  if (payload) {
    if (verified.size >= MAX_ENTRIES) verified.clear();
    verified.set(token, { payload: { ...payload }, exp: payload.exp });
  }
  return payload;
}
