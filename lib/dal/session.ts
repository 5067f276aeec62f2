import "server-only";
import { cache } from "react";
import { and, eq, isNull, sql } from "drizzle-orm";
import { redirect, notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { revokedSessions, users, type Role } from "@/db/schema";
import { sessionClaims, type SessionClaims } from "@/lib/auth/session-token";
import type { UserDTO } from "./users";
import { noteUserId } from "@/lib/observability/request-context.mjs";

// The session's user: it runs on every authenticated request. The token version (sign out
// everywhere), this session's own sign-out, deactivation and erasure are checked in this same
// query, so revocation costs no extra round trip.
async function userBySession(claims: SessionClaims): Promise<UserDTO | null> {
  const [user] = await getDb()
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, createdAt: users.createdAt })
    .from(users)
    .where(
      and(
        eq(users.id, claims.uid),
        eq(users.tokenVersion, claims.tv),
        isNull(users.deactivatedAt),
        isNull(users.erasedAt),
        sql`not exists (select 1 from ${revokedSessions} where ${revokedSessions.sid} = ${claims.sid})`,
      ),
    )
    .limit(1);
  return user ?? null;
}

/**
 * The signed-in user, re-read from the database on every request: a role change, a sign-out (this
 * session's id revoked, or every session's token version bumped), a deactivation or an erasure
 * takes effect at once, whatever the cookie says.
 */
export const getCurrentUser = cache(async (): Promise<UserDTO | null> => {
  const claims = await sessionClaims();
  if (!claims) return null;
  // The request's log line names the user (id only).
  noteUserId(claims.uid);
  return userBySession(claims);
});

/** For pages: the user, or a redirect to sign-in. */
export async function requireUser(): Promise<UserDTO> {
  const user = await getCurrentUser();
  if (!user) redirect("/signin");
  return user;
}

/** For pages: the user with one of the roles; others get a not-found (nothing to learn about the page). */
export async function requireRole(...allowed: Role[]): Promise<UserDTO> {
  const user = await requireUser();
  if (!allowed.includes(user.role)) notFound();
  return user;
}

export type Authed = { ok: true; user: UserDTO } | { ok: false; error: "unauthenticated" | "forbidden" };

/** For server actions: never redirect, return a typed failure instead. */
export async function authorizeAction(...allowed: Role[]): Promise<Authed> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, error: "unauthenticated" };
  if (allowed.length > 0 && !allowed.includes(user.role)) return { ok: false, error: "forbidden" };
  return { ok: true, user };
}
