import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { env } from "@/lib/env";
import { verifyPassword, dummyPasswordHash } from "./password";
import { findUserByEmail, normaliseEmail } from "@/lib/dal/users";
import { signInBlockedUntil, recordSignInFailure, clearAccountFailures } from "@/lib/dal/rate-limit";
import type { Role } from "@/lib/auth/roles";
import { getDb } from "@/db/client";
import { revokeSessionsOfToken, tokenVersionOf } from "@/lib/dal/account-store";

const credentialsSchema = z.object({ email: z.string().trim().min(1).max(320), password: z.string().min(1).max(200) });

/** The error codes the sign-in form understands. */
export const SIGNIN_INVALID = "invalid-credentials";
export const SIGNIN_RATE_LIMITED = "rate-limited";

/**
 * The client address for the per-client limit: the last X-Forwarded-For hop, i.e. the one added by
 * the nearest proxy (Next sets the socket address when no proxy did). Earlier hops are client-supplied.
 */
function clientAddress(headers: Record<string, unknown> | undefined): string {
  const forwarded = headers?.["x-forwarded-for"];
  const hops = typeof forwarded === "string" ? forwarded.split(",").map((h) => h.trim()).filter(Boolean) : [];
  return hops.at(-1) || "local";
}

export function authOptions(): NextAuthOptions {
  const { NEXTAUTH_SECRET, SESSION_HOURS } = env();
  return {
    secret: NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: SESSION_HOURS * 3600 },
    pages: { signIn: "/signin" },
    providers: [
      CredentialsProvider({
        name: "email",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(credentials, req) {
          const parsed = credentialsSchema.safeParse(credentials);
          if (!parsed.success) throw new Error(SIGNIN_INVALID);
          const email = normaliseEmail(parsed.data.email);
          const client = clientAddress(req?.headers as Record<string, unknown> | undefined);
          const blocked = signInBlockedUntil(email, client);
          if (blocked) throw new Error(`${SIGNIN_RATE_LIMITED}:${blocked}`);
          const user = findUserByEmail(email);
          // Verify against a dummy hash for unknown emails: same work, same answer, no account probing.
          const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), parsed.data.password);
          // A deactivated or erased account answers like a wrong password.
          if (!user || !ok || user.deactivatedAt !== null || user.erasedAt !== null) {
            recordSignInFailure(email, client);
            throw new Error(SIGNIN_INVALID);
          }
          clearAccountFailures(email);
          return { id: user.id, email: user.email, name: user.name, role: user.role };
        },
      }),
    ],
    events: {
      // Signing out ends the session on the server too: a copied cookie stops working.
      signOut({ token }) {
        if (typeof token?.uid === "string" && typeof token.tv === "number") revokeSessionsOfToken(getDb(), token.uid, token.tv);
      },
    },
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          token.uid = user.id;
          token.role = (user as { role?: Role }).role;
          // The account's current token version: bumping it in the database ends this session.
          token.tv = tokenVersionOf(getDb(), user.id);
        }
        return token;
      },
      session({ session, token }) {
        if (session.user) {
          session.user.id = token.uid as string;
          session.user.role = token.role as Role;
        }
        return session;
      },
    },
  };
}
