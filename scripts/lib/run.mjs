import { spawnSync } from "node:child_process";

/** Runs a command, inheriting stdio; exits the process with its code on failure. */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: "inherit", ...options });
  if (result.status !== 0) {
    console.error(`\n✗ ${command} ${args.join(" ")} a échoué (code ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}
