"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useI18n } from "@/components/i18n-provider";
import type { PlayActionResult } from "@/app/(learn)/attempts/[id]/actions";

/** Runs a player action once at a time and turns its failure into a message in the learner's language. */
export function usePlayAction() {
  const { t } = useI18n();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);

  function message(result: Exclude<PlayActionResult, { ok: true }>): string {
    if (result.error === "invalid" && result.message) return result.message;
    return t(`player.attempt.errors.${result.error}`);
  }

  async function execute(action: () => Promise<PlayActionResult>): Promise<{ ok: true } | { ok: false; message: string }> {
    setError(null);
    try {
      const result = await action();
      if (!result.ok) {
        const msg = message(result);
        setError(msg);
        // A closed attempt (deadline passed) re-renders as its debrief.
        if (result.error === "closed") router.refresh();
        return { ok: false, message: msg };
      }
      router.refresh();
      return { ok: true };
    } catch {
      const msg = t("player.attempt.errors.network");
      setError(msg);
      return { ok: false, message: msg };
    }
  }

  function run(action: () => Promise<PlayActionResult>) {
    startTransition(async () => {
      await execute(action);
    });
  }

  return { pending, error, run, execute };
}
