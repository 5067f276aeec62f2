/**
 * Summarises V8 CPU profiles of the server (BENCH_PROFILE=1): self time per layer and the hottest
 * functions, mapped back to their sources through the build's source maps.
 */
import fs from "node:fs";
import path from "node:path";
import { SourceMap } from "node:module";
import { fileURLToPath } from "node:url";

type CallFrame = { functionName: string; url: string; lineNumber: number; columnNumber: number };
type ProfileNode = { id: number; callFrame: CallFrame; children?: number[] };
type Profile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
type Origin = { source: string; name: string };

const maps = new Map<string, SourceMap | null>();

function sourceMapFor(url: string): SourceMap | null {
  if (!maps.has(url)) {
    let map: SourceMap | null = null;
    try {
      const file = url.startsWith("file:") ? fileURLToPath(url) : url;
      if (fs.existsSync(`${file}.map`)) map = new SourceMap(JSON.parse(fs.readFileSync(`${file}.map`, "utf8")));
    } catch {
      map = null;
    }
    maps.set(url, map);
  }
  return maps.get(url) ?? null;
}

function origin(frame: CallFrame): Origin {
  const name = frame.functionName || "(anonyme)";
  if (!frame.url) return { source: "", name };
  const map = sourceMapFor(frame.url);
  if (map && frame.lineNumber >= 0) {
    const entry = map.findEntry(frame.lineNumber, frame.columnNumber) as { originalSource?: string; name?: string };
    if (entry.originalSource) return { source: entry.originalSource, name: entry.name || name };
  }
  return { source: frame.url, name };
}

/** The layer a piece of code belongs to, from its original source path (order matters). */
export function layerOf(source: string, name: string): string {
  if (!source) {
    if (name === "(garbage collector)") return "GC";
    if (name === "(idle)") return "idle";
    if (name === "(program)") return "V8 (program)";
    return "natif (SQLite, écritures réseau, JSON…)";
  }
  const s = source.replace(/\\/g, "/");
  const has = (...parts: string[]) => parts.some((p) => s.includes(p));
  if (has("node_modules/next-auth/", "node_modules/jose/", "node_modules/@panva/", "node_modules/uuid/", "internal/crypto/hkdf")) return "next-auth (session JWT, hkdf)";
  if (has("node:zlib", "compiled/compression")) return "compression gzip des réponses";
  if (has("node_modules/drizzle-orm/", "node_modules/src/")) return "drizzle-orm";
  if (has("node_modules/better-sqlite3/")) return "better-sqlite3 (SQLite, fsync)";
  if (has("node_modules/zod/")) return "zod";
  if (has("react-server-dom", "react-dom", "compiled/react/")) return "React (sérialisation RSC, rendu)";
  if (s.startsWith("node:")) return "Node (http, streams, async_hooks, crypto…)";
  if (has("webpack://next/", "node_modules/next/", "src/server/", "src/shared/", "src/client/", "src/build/", "turbopack", "next/dist/")) return "Next (serveur, routage, proxy, actions)";
  if (/(^|\/)(lib|app|db|components)\//.test(s) || s.endsWith("proxy.ts")) return "code de l'application";
  return "autre";
}

export function summariseProfile(file: string, top = 15): void {
  const profile = JSON.parse(fs.readFileSync(file, "utf8")) as Profile;
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const origins = new Map(profile.nodes.map((n) => [n.id, origin(n.callFrame)]));

  const layers = new Map<string, number>();
  const functions = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  let idle = 0;
  for (const [id, t] of self) {
    const o = origins.get(id)!;
    const layer = layerOf(o.source, o.name);
    if (layer === "idle") {
      idle += t;
      continue;
    }
    total += t;
    layers.set(layer, (layers.get(layer) ?? 0) + t);
    const key = `${o.name} (${o.source.replace(/^.*node_modules\//, "").replace(/^.*\/work\/main\//, "") || "natif"})`;
    functions.set(key, (functions.get(key) ?? 0) + t);
    // Inclusive time of application functions: each counted once per sample stack.
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const oc = origins.get(cur)!;
      if (layerOf(oc.source, oc.name) !== "code de l'application") continue;
      const k = `${oc.name} (${oc.source.replace(/^.*\/work\/main\//, "").replace(/^.*\]\/\.\/?/, "")})`;
      if (seen.has(k)) continue;
      seen.add(k);
      inclusive.set(k, (inclusive.get(k) ?? 0) + t);
    }
  }
  const pct = (t: number) => `${((100 * t) / total).toFixed(1).padStart(5)} %`;
  const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]);
  console.log(`\nProfil CPU du serveur : ${path.basename(file)} — ${(total / 1e6).toFixed(1)} s de CPU (hors attente : ${(idle / 1e6).toFixed(1)} s)`);
  console.log("  Temps propre par couche :");
  for (const [k, t] of sorted(layers)) console.log(`  ${pct(t)}  ${k}`);
  console.log(`  Fonctions les plus coûteuses (temps propre) :`);
  for (const [k, t] of sorted(functions).slice(0, top)) console.log(`  ${pct(t)}  ${k}`);
  console.log(`  Code de l'application (temps inclusif) :`);
  for (const [k, t] of sorted(inclusive).slice(0, top)) console.log(`  ${pct(t)}  ${k}`);
}

export function summariseProfiles(dir: string): void {
  if (!fs.existsSync(dir)) return;
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith(".cpuprofile"))) summariseProfile(path.join(dir, f));
}
