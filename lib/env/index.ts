import "server-only";
import { parseEnv, type Env } from "./schema";

let cached: Env | undefined;

/** The validated environment; throws a clear message on a bad value. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
