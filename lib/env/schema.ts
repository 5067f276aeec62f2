/** Environment variables, validated once (pure: used by the start script and by the server). */
import { z } from "zod";
import { parseWorkers } from "./workers.mjs";
import { LOG_LEVELS, parseLogLevel } from "@/lib/observability/log-level.mjs";
import { DEFAULT_TIME_ZONE, isValidTimeZone } from "@/lib/time/zone";
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
  /** When set (smtp://user:pass@host:port), admin-issued password reset links are also e-mailed. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "SMTP_URL commence par smtp:// ou smtps://")
    .optional(),
  SMTP_FROM: z.string().min(3).default("Progressif <no-reply@progressif.invalid>"),
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
  /** pino level of the JSON logs (the server wrapper reads it with the same rule). */
  LOG_LEVEL: z
    .string()
    .optional()
    .refine((value) => LOG_LEVELS.includes(value as never) || value === undefined || value === "", `LOG_LEVEL vaut ${LOG_LEVELS.join(", ")}`)
    .transform((value) => parseLogLevel(value)),
  /** Where the JSON logs go (appended); standard output when unset. */
  LOG_FILE: z.string().min(1).optional(),
  /** Bearer token for /metrics; unset, /metrics answers only direct clients on this machine. */
  METRICS_TOKEN: z.string().min(16, "METRICS_TOKEN doit faire au moins 16 caractères").optional(),
  /** The platform's time zone: dates typed in forms are read in it and every date is shown in it. */
  APP_TIME_ZONE: z
    .string()
    .default(DEFAULT_TIME_ZONE)
    .refine(isValidTimeZone, "APP_TIME_ZONE doit être un fuseau IANA (ex. Europe/Paris)"),
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
