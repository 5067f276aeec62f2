/** Virtual students, created straight in the database: one argon2id hash, shared by all of them. */
import Database from "better-sqlite3";
import { randomUUID } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";

export type StudentAccount = { index: number; email: string; password: string };

export const STUDENT_PASSWORD = "bench-student-password";

export async function createStudents(file: string, count: number, prefix = "student"): Promise<StudentAccount[]> {
  const hash = await hashPassword(STUDENT_PASSWORD);
  const db = new Database(file);
  db.pragma("busy_timeout = 5000");
  const insert = db.prepare("INSERT INTO users (id, email, name, password_hash, role, created_at) VALUES (?, ?, ?, ?, 'student', ?)");
  const accounts: StudentAccount[] = [];
  const now = Date.now();
  db.transaction(() => {
    for (let i = 0; i < count; i++) {
      const email = `${prefix}-${i}@bench.test`;
      insert.run(randomUUID(), email, `Étudiant·e ${i}`, hash, now);
      accounts.push({ index: i, email, password: STUDENT_PASSWORD });
    }
  })();
  db.close();
  return accounts;
}

export function userIds(file: string, emails: string[]): Map<string, string> {
  const db = new Database(file, { readonly: true });
  const find = db.prepare<[string], { id: string }>("SELECT id FROM users WHERE email = ?");
  const ids = new Map(emails.map((e) => [e, find.get(e)!.id]));
  db.close();
  return ids;
}
