/** Signs students in through next-auth, `connections` at a time, as fast as the server allows. */
import fs from "node:fs";
import type { RequestData } from "autocannon";
import { distPath, type BenchConfig } from "./config";
import { runLoad } from "./load";
import { partition, sequentialLane } from "./lanes";
import { SignIn, type SignInOutcome } from "./signin";
import type { Recorder } from "./stats";
import type { StudentAccount } from "./users";

export type SignInWave = { cookies: Map<number, string>; failed: SignInOutcome[]; seconds: number };

/** A cheap request for connections whose users are done: a static chunk of the build. */
export function idleRequest(config: BenchConfig): RequestData {
  const chunk = fs.readdirSync(distPath(config, "static/chunks")).find((f) => f.endsWith(".js"));
  return { method: "GET", path: `/_next/static/chunks/${chunk}`, headers: {} };
}

export async function signInWave(config: BenchConfig, url: string, accounts: StudentAccount[], recorder: Recorder, connections = config.connections): Promise<SignInWave> {
  const cookies = new Map<number, string>();
  const failed: SignInOutcome[] = [];
  const flows = accounts.map(
    (account) =>
      new SignIn(account, (outcome) => {
        recorder.record("signin", outcome.ms, outcome.cookie !== null);
        if (outcome.cookie) cookies.set(outcome.account.index, outcome.cookie);
        else failed.push(outcome);
      }),
  );
  const lanes = partition(flows, connections).map((group) => sequentialLane(group));
  // Bounded: the wave stops when everyone is through, or after 10 minutes at worst.
  const result = await runLoad({ url, seconds: 600, lanes, recorder, idleRequest: idleRequest(config), stopWhenIdle: true, timeoutSeconds: 30 });
  return { cookies, failed, seconds: result.seconds };
}
