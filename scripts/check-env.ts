/** Validates the environment once at start-up, with a clear message for a bad value. */
import { parseEnv } from "@/lib/env/schema";

try {
  parseEnv(process.env);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
