import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { env } from "@/lib/env";
import { getDb } from "@/db/client";
import { normaliseEmail } from "@/lib/dal/users";
import { checkCredentials } from "./check-credentials";
import { requestClient } from "./request-client";
import type { Role } from "@/lib/auth/roles";
import { randomUUID } from "node:crypto";
import { revokeSession, tokenVersionOf } from "@/lib/dal/account-store";

const credentialsSchema = z.object({ email: z.string().trim().min(1).max(320), password: z.string().min(1).max(200) });

/** The error codes the sign-in form understands. */
export const SIGNIN_INVALID = "invalid-credentials";
export const SIGNIN_RATE_LIMITED = "rate-limited";

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
          const client = requestClient(req?.headers as Record<string, unknown> | undefined);
          const outcome = await checkCredentials(getDb(), email, parsed.data.password, client);
          if (!outcome.ok) throw new Error(outcome.error === "rate-limited" ? `${SIGNIN_RATE_LIMITED}:${outcome.retryAt}` : SIGNIN_INVALID);
          const { user } = outcome;
          return { id: user.id, email: user.email, name: user.name, role: user.role };
        },
      }),
    ],
    events: {
      // Signing out ends this session on the server too: a copied cookie stops working; the
      // account's sessions on other devices go on ("sign out of all devices" on /account ends them).
      async signOut({ token }) {
        if (typeof token?.uid !== "string" || typeof token.sid !== "string") return;
        const expiresAt = typeof token.exp === "number" ? token.exp * 1000 : Date.now() + SESSION_HOURS * 3600_000;
        await revokeSession(getDb(), token.uid, token.sid, expiresAt);
      },
    },
    callbacks: {
      async jwt({ token, user }) {
        if (user) {
          token.uid = user.id;
          token.role = (user as { role?: Role }).role;
          // The account's current token version: bumping it in the database ends this session.
          token.tv = await tokenVersionOf(getDb(), user.id);
          // This session's own id: its sign-out revokes it alone.
          token.sid = randomUUID();
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
