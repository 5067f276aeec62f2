/**
 * The one result every server action returns (lib/actions/define-action.ts), and the forms that show
 * it read: success with its data, or a failure with a code (rendered from the catalogue where it is
 * shown), the invalid fields with their message keys, and what the action adds to explain itself
 * (`X`: the values typed, minutes to wait, the draft's issues…). Imports nothing: used on both sides.
 */
export type CommonActionCode = "unauthenticated" | "forbidden" | "invalid";

export type ActionFailure<C extends string = string, F extends string = string, X extends object = object> = {
  ok: false;
  code: C;
  fields?: Partial<Record<F, string>>;
} & X;

export type ActionResult<T = null, C extends string = string, F extends string = string, X extends object = object> =
  | { ok: true; data: T }
  | ActionFailure<C, F, X>;

/** A form's state for useActionState: null until the first answer. */
export type ActionState<T = null, C extends string = string, F extends string = string, X extends object = object> = ActionResult<T, C, F, X> | null;

export const succeed = <T>(data: T): { ok: true; data: T } => ({ ok: true, data });
export const done = (): { ok: true; data: null } => ({ ok: true, data: null });

export function fail<C extends string>(code: C): { ok: false; code: C };
export function fail<C extends string, X extends object>(code: C, extra: X): { ok: false; code: C } & X;
export function fail<C extends string, X extends object>(code: C, extra?: X) {
  return { ok: false as const, code, ...extra };
}
