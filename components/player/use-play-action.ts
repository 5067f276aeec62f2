"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useI18n } from "@/components/i18n-provider";
import type { PlayActionFailure } from "@/app/(learn)/attempts/[id]/actions";

export type Executed<T> = T | { ok: false; message: string };

/** Runs a player action once at a time and turns its failure into a message in the learner's language. */
export function usePlayAction() {
  const { t } = useI18n();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);

  function message(result: PlayActionFailure): string {
    if (result.code === "invalid" && result.message) return result.message;
    return t(`player.attempt.errors.${result.code}`);
  }

  /**
   * `refresh`: re-render the page from the server once the action succeeded (a stage opened). Actions
   * that return what they earned (an answer's feedback, a test's result) are shown without it.
   */
  async function execute<T extends { ok: true; data: unknown }>(action: () => Promise<T | PlayActionFailure>, { refresh }: { refresh: boolean }): Promise<Executed<T>> {
    setError(null);
    try {
      const result = await action();
      if (!result.ok) {
        const msg = message(result);
        setError(msg);
        // A closed attempt (deadline passed) re-renders as its debrief; one paused by an exam, as its notice.
        if (result.code === "closed" || result.code === "past-due" || result.code === "hidden") router.refresh();
        return { ok: false, message: msg };
      }
      if (refresh) router.refresh();
      return result;
    } catch {
      const msg = t("player.attempt.errors.network");
      setError(msg);
      return { ok: false, message: msg };
    }
  }

  function run<T extends { ok: true; data: unknown }>(action: () => Promise<T | PlayActionFailure>, options: { refresh: boolean; then?: (result: T) => void }) {
    startTransition(async () => {
      const result = await execute(action, options);
      if (result.ok) options.then?.(result);
    });
  }

  return { pending, error, run, execute };
}
