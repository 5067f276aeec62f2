import "server-only";
import { getCurrentUser } from "@/lib/dal/session";
import { metrics } from "@/lib/observability/metrics.mjs";
import { createActionRunner } from "./run-action";

/**
 * Every server action is built with this (app/**\/actions.ts): the session re-read from the
 * database (role, revocation), the failure counted in /metrics as
 * progressif_action_failures_total{action,code}. Ownership stays with the data layer, checked in
 * the transaction that does the work.
 */
export const defineAction = createActionRunner({
  currentUser: getCurrentUser,
  countFailure: (action, code) => metrics().actionFailures.inc({ action, code }),
});
