/**
 * Backups under load: `npm run db:backup` while students answer, `npm run db:restore` refused
 * while the server runs, then — server stopped — restored and checked: integrity_check ok, and
 * every answer acknowledged before the backup started is in it.
 */
import Database from "better-sqlite3";
import { spawn } from "node:child_process";
import path from "node:path";
import type { BenchConfig } from "./config";
import type { AckLedger } from "./ledger";

export type ToolRun = { code: number; output: string };

export function runTool(config: BenchConfig, script: string, args: string[], databaseFile: string): Promise<ToolRun> {
  return new Promise((resolve) => {
    const child = spawn(path.join(config.root, "node_modules/.bin/tsx"), ["--conditions=react-server", script, ...args], {
      cwd: config.root,
      env: { ...process.env, DATABASE_PATH: databaseFile },
    });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    child.on("exit", (code) => resolve({ code: code ?? 1, output: output.trim() }));
  });
}

/** The acknowledged submissions at this moment, as (attempt|question) keys. */
export function ackedKeys(ledger: AckLedger): Set<string> {
  return new Set([...ledger.entries].filter(([, e]) => e.state === "acked").map(([k]) => k));
}

/** After a restore: integrity, and the answers acknowledged before the backup all present. */
export function checkRestored(file: string, ackedBefore: Set<string>): { integrity: string; missing: number; rows: number } {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const integrity = String(db.pragma("integrity_check", { simple: true }));
    const stored = new Set((db.prepare("SELECT attempt_id || '|' || question_id AS k FROM responses").all() as { k: string }[]).map((r) => r.k));
    let missing = 0;
    for (const k of ackedBefore) if (!stored.has(k)) missing++;
    return { integrity, missing, rows: stored.size };
  } finally {
    db.close();
  }
}
