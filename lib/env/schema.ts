/** Environment variables, validated once (pure: used by the start script and by the server). */
import { z } from "zod";
import { parseWorkers } from "./workers.mjs";
import { parseTrustedProxies } from "../auth/client-address.mjs";

export const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  DATABASE_PATH: z.string().min(1).default("data/progressif.db"),
  NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET doit faire au moins 32 caractères").optional(),
  NEXTAUTH_URL: z.string().url("NEXTAUTH_URL doit être une URL complète (ex. http://localhost:3000)").optional(),
  /** Unset: demo accounts only when NEXTAUTH_URL is a loopback address (lib/auth/demo-mode.mjs). */
  PROGRESSIF_DEMO: z.enum(["0", "1"], { message: "PROGRESSIF_DEMO vaut 0 ou 1" }).optional(),
  /** Server processes sharing the port (scripts/lib/serve.mjs reads it with the same rule). */
  PROGRESSIF_WORKERS: z
    .string()
    .optional()
    .superRefine((value, ctx) => {
      try {
        if (value !== undefined) parseWorkers(value);
      } catch (e) {
        ctx.addIssue({ code: "custom", message: (e as Error).message });
      }
    }),
  /** Which X-Forwarded-For hops to believe for the client address (lib/auth/client-address.mjs). */
  TRUSTED_PROXIES: z
    .string()
    .optional()
    .superRefine((value, ctx) => {
      try {
        parseTrustedProxies(value);
      } catch (e) {
        ctx.addIssue({ code: "custom", message: (e as Error).message });
      }
    }),
  /** Session lifetime in hours. */
  SESSION_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(12),
});

export type Env = z.infer<typeof envSchema>;

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  - ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Configuration invalide :\n${lines.join("\n")}`);
  }
  return result.data;
}
