import "server-only";
import { getDb } from "@/db/client";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { checkPasswordStrength, type PasswordVerdict } from "@/lib/auth/password-policy";
import { findUserByEmail } from "./users";
import { authorizeAction } from "./session";
import { changePasswordRecord, revokeSessions } from "./account-store";
import { peekReset, spendResetRecord } from "./password-reset-store";
import { eraseUserRecord, exportUserData, type UserDataExport } from "./erasure-store";

type Refused = { ok: false; error: "unauthenticated" | "forbidden" };
type Weak = Extract<PasswordVerdict, { ok: false }>["code"];

export type ChangePasswordResult = { ok: true } | Refused | { ok: false; error: "wrong-password" | Weak };

/** The signed-in user's own password: the current one is required; every session ends (sign in again). */
export async function changeOwnPassword(current: string, next: string): Promise<ChangePasswordResult> {
  const auth = await authorizeAction();
  if (!auth.ok) return auth;
  const row = await findUserByEmail(auth.user.email);
  if (!row || !(await verifyPassword(row.passwordHash, current))) return { ok: false, error: "wrong-password" };
  const verdict = checkPasswordStrength(next, [auth.user.name, auth.user.email]);
  if (!verdict.ok) return { ok: false, error: verdict.code };
  // Hashed before the transaction: no slow work while it holds the lock.
  const passwordHash = await hashPassword(next);
  return (await changePasswordRecord(getDb(), auth.user.id, passwordHash)) ? { ok: true } : { ok: false, error: "unauthenticated" };
}

export type ResetPasswordResult = { ok: true } | { ok: false; error: "invalid-link" | Weak };

/** Sets a new password through a one-time link (no session needed: the link is the credential). */
export async function resetPasswordWithToken(token: string, next: string): Promise<ResetPasswordResult> {
  const db = getDb();
  const account = await peekReset(db, token);
  if (!account) return { ok: false, error: "invalid-link" };
  const verdict = checkPasswordStrength(next, [account.name, account.email]);
  if (!verdict.ok) return { ok: false, error: verdict.code };
  const passwordHash = await hashPassword(next);
  return (await spendResetRecord(db, token, passwordHash)) ? { ok: true } : { ok: false, error: "invalid-link" };
}

export async function getOwnDataExport(): Promise<UserDataExport | null> {
  const auth = await authorizeAction();
  return auth.ok ? exportUserData(getDb(), auth.user.id) : null;
}

export type EraseOwnResult = { ok: true } | Refused | { ok: false; error: "wrong-password" | "not-student" | "not-found" };

/** Erasure needs the password again: a borrowed unlocked laptop must not be enough. */
export async function eraseOwnAccount(password: string): Promise<EraseOwnResult> {
  const auth = await authorizeAction();
  if (!auth.ok) return auth;
  if (auth.user.role !== "student") return { ok: false, error: "not-student" };
  const row = await findUserByEmail(auth.user.email);
  if (!row || !(await verifyPassword(row.passwordHash, password))) return { ok: false, error: "wrong-password" };
  return eraseUserRecord(getDb(), auth.user.id);
}

/** "Sign out of all devices": every session of the signed-in account ends, this one included. */
export async function endAllOwnSessions(): Promise<{ ok: true } | Refused> {
  const auth = await authorizeAction();
  if (!auth.ok) return auth;
  await revokeSessions(getDb(), auth.user.id);
  return { ok: true };
}
