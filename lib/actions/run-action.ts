import type { z } from "zod";
import type { Role } from "@/lib/auth/roles";
import type { ActionFailure, ActionResult } from "./result";

/** Who may call an action: anyone (the input is the credential, e.g. a reset link), any signed-in user, or these roles. */
export type Access = "public" | "signed-in" | readonly Role[];

export type ActionUser = { id: string; email: string; name: string; role: Role };

type AnyResult = ActionResult<unknown, string, string, object>;
type AnyFailure = ActionFailure<string, string, object>;

export type ActionSpec<A extends Access, S extends z.ZodType, R extends AnyResult, I extends AnyFailure, H extends "as-is" | "not-found", User> = {
  /** The `action` label of progressif_action_failures_total. */
  name: string;
  access: A;
  input: S;
  /**
   * What a refused caller sees. "not-found" where a refusal would tell that the record exists (an
   * author's case): the metric still counts the real code.
   */
  refusal?: H;
  /** Maps a validation error to the action's own code and fields (default: "invalid", first message per field). */
  invalid?: (error: z.ZodError, raw: unknown) => I;
  run: (input: z.output<S>, user: A extends "public" ? User | null : User) => Promise<R> | R;
};

type RefusalCode<A extends Access, H> = A extends "public" ? never : H extends "not-found" ? "not-found" : A extends "signed-in" ? "unauthenticated" : "unauthenticated" | "forbidden";
type InvalidResult<I> = [I] extends [never] ? { ok: false; code: "invalid"; fields?: Partial<Record<string, string>> } : I;

/** What a wrapped action answers: its own results, its validation failure, or a refusal. */
export type WrappedResult<A extends Access, R, I, H> = R | InvalidResult<I> | ([RefusalCode<A, H>] extends [never] ? never : { ok: false; code: RefusalCode<A, H> });

export type RunnerDeps<User extends ActionUser> = {
  currentUser: () => Promise<User | null>;
  countFailure: (action: string, code: string) => void;
};

/** The first message of each invalid top-level field (what the forms show beside the field). */
export function fieldErrors<F extends string>(error: z.ZodError): Partial<Record<F, string>> {
  const fields: Partial<Record<F, string>> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "") as F;
    if (key && fields[key] === undefined) fields[key] = issue.message;
  }
  return fields;
}

/**
 * The one action wrapper: authenticate, authorize by role, validate with zod, run, count the failure.
 * Pure of Next and the database (the session and the metric are given), so that it is unit-tested as is.
 * Errors that are bugs are thrown, not turned into codes; Next's redirect() goes through untouched.
 */
export function createActionRunner<User extends ActionUser>(deps: RunnerDeps<User>) {
  return function defineAction<
    A extends Access,
    S extends z.ZodType,
    R extends AnyResult,
    I extends AnyFailure = never,
    H extends "as-is" | "not-found" = "as-is",
  >(spec: ActionSpec<A, S, R, I, H, User>): (raw: unknown) => Promise<WrappedResult<A, R, I, H>> {
    type Out = WrappedResult<A, R, I, H>;
    const refuse = (code: "unauthenticated" | "forbidden"): Out => {
      deps.countFailure(spec.name, code);
      return { ok: false, code: spec.refusal === "not-found" ? "not-found" : code } as Out;
    };
    return async (raw: unknown): Promise<Out> => {
      const user = await deps.currentUser();
      if (spec.access !== "public") {
        if (!user) return refuse("unauthenticated");
        if (spec.access !== "signed-in" && !spec.access.includes(user.role)) return refuse("forbidden");
      }
      const parsed = spec.input.safeParse(raw);
      if (!parsed.success) {
        const failure = spec.invalid ? spec.invalid(parsed.error, raw) : { ok: false as const, code: "invalid" as const, fields: fieldErrors(parsed.error) };
        deps.countFailure(spec.name, failure.code);
        return failure as Out;
      }
      // Past the checks above, `user` is non-null for every access but "public".
      const run = spec.run as (input: z.output<S>, user: User | null) => Promise<R> | R;
      const result = await run(parsed.data, user);
      // /metrics: refusals by action and code (a spike of "deadline-passed" or "invalid" on exam day).
      if (!result.ok) deps.countFailure(spec.name, result.code);
      return result;
    };
  };
}
