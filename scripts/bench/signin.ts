/**
 * next-auth credentials sign-in as `signIn("credentials", { redirect: false })` does it:
 * GET /api/auth/providers, GET /api/auth/csrf, POST /api/auth/callback/credentials.
 */
import type { Step } from "./load";
import { BROWSER_ENCODINGS } from "./body";
import { SESSION_COOKIE, setCookies } from "./protocol";
import type { StudentAccount } from "./users";

export type SignInOutcome = { account: StudentAccount; cookie: string | null; ms: number; error?: string };

export class SignIn {
  private phase: "providers" | "csrf" | "callback" | "done" = "providers";
  private csrfCookie = "";
  private csrfToken = "";
  private startedAt = 0;
  private attempts = 0;

  constructor(
    readonly account: StudentAccount,
    private readonly onDone: (outcome: SignInOutcome) => void,
  ) {}

  private finish(cookie: string | null, error?: string): void {
    this.phase = "done";
    this.onDone({ account: this.account, cookie, ms: performance.now() - this.startedAt, error });
  }

  /** A failed step restarts the flow; after 3 failed flows the student counts as not signed in. */
  private retry(error: string): false {
    this.attempts++;
    if (this.attempts >= 3) this.finish(null, error);
    else this.phase = "providers";
    return false;
  }

  next(): Step | null {
    switch (this.phase) {
      case "done":
        return null;
      case "providers":
        if (this.attempts === 0) this.startedAt = performance.now();
        return {
          op: "auth:providers",
          request: { method: "GET", path: "/api/auth/providers", headers: { accept: "application/json", "accept-encoding": BROWSER_ENCODINGS } },
          onResult: (status) => {
            if (status !== 200) return this.retry(`providers-${status}`);
            this.phase = "csrf";
            return true;
          },
          onLost: () => this.retry("providers-lost"),
        };
      case "csrf":
        return {
          op: "auth:csrf",
          request: { method: "GET", path: "/api/auth/csrf", headers: { accept: "application/json", "accept-encoding": BROWSER_ENCODINGS } },
          onResult: (status, body, headers) => {
            if (status !== 200) return this.retry(`csrf-${status}`);
            const jar = setCookies(headers);
            this.csrfCookie = [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
            this.csrfToken = (JSON.parse(body) as { csrfToken: string }).csrfToken;
            this.phase = "callback";
            return true;
          },
          onLost: () => this.retry("csrf-lost"),
        };
      case "callback": {
        const form = new URLSearchParams({ email: this.account.email, password: this.account.password, redirect: "false", csrfToken: this.csrfToken, json: "true" });
        return {
          op: "auth:callback",
          request: {
            method: "POST",
            path: "/api/auth/callback/credentials",
            headers: { cookie: this.csrfCookie, "content-type": "application/x-www-form-urlencoded", accept: "application/json", "accept-encoding": BROWSER_ENCODINGS },
            body: form.toString(),
          },
          onResult: (status, _body, headers) => {
            const session = setCookies(headers).get(SESSION_COOKIE);
            if (status !== 200 || !session) return this.retry(`callback-${status}`);
            this.finish(`${SESSION_COOKIE}=${session}`);
            return true;
          },
          onLost: () => this.retry("callback-lost"),
        };
      }
    }
  }
}
