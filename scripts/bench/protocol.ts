/**
 * The HTTP interface the browser uses: server actions (ids from the build's manifest), next-auth
 * sign-in, and the parsing of their answers. Formats captured from Chromium (see the README, « Performance »).
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import type { RequestData } from "autocannon";
import { BROWSER_ENCODINGS } from "./body";

export type ActionName = "startAttemptAction" | "orderInvestigationAction" | "closeInvestigationMenuAction" | "submitAnswerAction" | "advanceStageAction" | "finishAttemptAction";
export type ActionIds = Record<ActionName, string>;

/** Reads `.next-…/server/server-reference-manifest.json`: action id → exported name. */
export function readActionIds(manifestFile: string): ActionIds {
  const manifest = JSON.parse(fs.readFileSync(manifestFile, "utf8")) as { node: Record<string, { exportedName?: string; filename?: string }> };
  const wanted: Record<ActionName, string> = {
    startAttemptAction: "app/(learn)/cases/[slug]/actions.ts",
    orderInvestigationAction: "app/(learn)/attempts/[id]/actions.ts",
    closeInvestigationMenuAction: "app/(learn)/attempts/[id]/actions.ts",
    submitAnswerAction: "app/(learn)/attempts/[id]/actions.ts",
    advanceStageAction: "app/(learn)/attempts/[id]/actions.ts",
    finishAttemptAction: "app/(learn)/attempts/[id]/actions.ts",
  };
  const ids: Partial<ActionIds> = {};
  for (const [id, entry] of Object.entries(manifest.node)) {
    const name = entry.exportedName as ActionName | undefined;
    if (name && wanted[name] === entry.filename) ids[name] = id;
  }
  for (const name of Object.keys(wanted) as ActionName[]) if (!ids[name]) throw new Error(`action ${name} absente du manifeste ${manifestFile}`);
  return ids as ActionIds;
}

/** A player action as `callServer` sends it: POST to the page, JSON array of arguments. */
export function actionRequest(cookie: string, pagePath: string, actionId: string, args: unknown[]): RequestData {
  return {
    method: "POST",
    path: pagePath,
    headers: {
      cookie,
      "next-action": actionId,
      accept: "text/x-component",
      "accept-encoding": BROWSER_ENCODINGS,
      "content-type": "text/plain;charset=UTF-8",
    },
    body: JSON.stringify(args),
  };
}

const BOUNDARY = "----ProgressifBenchBoundary7MA4YWxkTrZu0gW";

/** The start form as React posts a `useActionState` form action (multipart, bound state `$K1`). */
export function startAttemptRequest(cookie: string, slug: string, mode: "training" | "exam", actionId: string): RequestData {
  const fields: [string, string][] = [
    ["_1_$ACTION_REF_1", ""],
    ["_1_$ACTION_1:0", JSON.stringify({ id: actionId, bound: "$@1" })],
    ["_1_$ACTION_1:1", "[{}]"],
    ["_1_slug", slug],
    ["_1_mode", mode],
    ["0", '[{},"$K1"]'],
  ];
  const body = fields.map(([name, value]) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`).join("") + `--${BOUNDARY}--\r\n`;
  return {
    method: "POST",
    path: `/cases/${slug}`,
    headers: { cookie, "next-action": actionId, accept: "text/x-component", "accept-encoding": BROWSER_ENCODINGS, "content-type": `multipart/form-data; boundary=${BOUNDARY}` },
    body,
  };
}

/** Server-rendered player page, as a browser loads it. */
export function pageRequest(cookie: string, attemptId: string): RequestData {
  return { method: "GET", path: `/attempts/${attemptId}`, headers: { cookie, accept: "text/html", "accept-encoding": BROWSER_ENCODINGS } };
}

export type ActionOutcome = { ok: true } | { ok: false; error: string };

/**
 * The rows of an RSC (React Flight) response, by id. A row is `<hex id>:<value>\n`, except a text row
 * `<hex id>:T<hex byte length>,<text>`, which has no line end: a long string of the result (an
 * explanation, a stem) is sent that way before the row that refers to it, so the next row starts on
 * the same line. Splitting the body on line ends would miss it.
 */
export function flightRows(body: string): Map<number, string> {
  const bytes = Buffer.from(body, "utf8");
  const rows = new Map<number, string>();
  let i = 0;
  while (i < bytes.length) {
    const colon = bytes.indexOf(0x3a, i);
    if (colon < 0) break;
    const id = Number.parseInt(bytes.subarray(i, colon).toString("latin1"), 16);
    if (bytes[colon + 1] === 0x54 /* T */) {
      const comma = bytes.indexOf(0x2c, colon + 2);
      const length = Number.parseInt(bytes.subarray(colon + 2, comma).toString("latin1"), 16);
      rows.set(id, bytes.subarray(comma + 1, comma + 1 + length).toString("utf8"));
      i = comma + 1 + length;
      continue;
    }
    const end = bytes.indexOf(0x0a, colon + 1);
    const stop = end < 0 ? bytes.length : end;
    rows.set(id, bytes.subarray(colon + 1, stop).toString("utf8"));
    i = stop + 1;
  }
  return rows;
}

/** The action's return value is the RSC row 1 (row 0 is the action envelope). */
export function parseActionResult(status: number, body: string): ActionOutcome {
  if (status !== 200) return { ok: false, error: `http-${status}` };
  const row = flightRows(body).get(1);
  if (row === undefined) return { ok: false, error: "no-result" };
  try {
    // The one action result (lib/actions/result.ts): { ok: true, data } or { ok: false, code, … }.
    const value = JSON.parse(row) as { ok?: boolean; code?: string };
    return value.ok === true ? { ok: true } : { ok: false, error: value.code ?? "unknown" };
  } catch {
    return { ok: false, error: "unparsable" };
  }
}

/** `x-action-redirect: /attempts/<id>;push` after a successful start. */
export function redirectedAttemptId(headers: Record<string, string | string[]>): string | null {
  const value = headers["x-action-redirect"];
  const text = Array.isArray(value) ? value[0] : value;
  const match = text?.match(/^\/attempts\/([0-9a-f-]{36})/);
  return match ? match[1] : null;
}

/** `name=value` pairs of the Set-Cookie headers. */
export function setCookies(headers: Record<string, string | string[]> | Headers): Map<string, string> {
  const raw = headers instanceof Headers ? headers.getSetCookie() : ([] as string[]).concat(headers["set-cookie"] ?? []);
  const jar = new Map<string, string>();
  for (const c of raw) {
    const pair = c.split(";")[0];
    const eq = pair.indexOf("=");
    if (eq > 0) jar.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
  }
  return jar;
}

export const SESSION_COOKIE = "next-auth.session-token";

/**
 * `router.refresh()` after an action: the page's RSC payload, refetched from the root. Next checks
 * `_rsc` against its headers (SHA-256 of "prefetch,segment,tree,next-url", 96 bits, base64url) and
 * redirects otherwise, as next/dist/shared/lib/router/utils/cache-busting-search-param.js does.
 */
export function refreshRequest(cookie: string, attemptId: string): RequestData {
  const tree = ["", { children: ["(learn)", { children: ["attempts", { children: [["id", attemptId, "d", null], { children: ["__PAGE__", {}, null, null, 0] }, null, null, 0] }, null, null, 0] }, null, null, 0] }, null, "refetch", 20];
  const stateTree = encodeURIComponent(JSON.stringify(tree));
  const rsc = createHash("sha256").update(`0,0,${stateTree},0`).digest().subarray(0, 12).toString("base64url");
  return {
    method: "GET",
    path: `/attempts/${attemptId}?_rsc=${rsc}`,
    headers: { cookie, rsc: "1", "next-router-state-tree": stateTree, "accept-encoding": BROWSER_ENCODINGS },
  };
}

export function debriefRequest(cookie: string, attemptId: string): RequestData {
  return { method: "GET", path: `/attempts/${attemptId}/debrief`, headers: { cookie, accept: "text/html", "accept-encoding": BROWSER_ENCODINGS } };
}
