"use client";
import { useEffect, useState } from "react";
import { useRouter } from "next/navigation";
import { useI18n } from "@/components/i18n-provider";
import { formatDuration } from "@/lib/player/format";

/** Display only: the server holds the deadline and refuses late submissions whatever this shows. */
export function ExamTimer({ deadlineAt, attemptId }: { deadlineAt: number; attemptId: string }) {
  const { t } = useI18n();
  const router = useRouter();
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    const tick = () => setNow(Date.now());
    const first = setTimeout(tick, 0);
    const id = setInterval(tick, 1000);
    return () => {
      clearTimeout(first);
      clearInterval(id);
    };
  }, []);
  const left = now === null ? null : deadlineAt - now;
  useEffect(() => {
    if (left !== null && left <= 0) router.push(`/attempts/${attemptId}/debrief`);
  }, [left, router, attemptId]);
  if (left === null) return null;
  const urgent = left < 5 * 60_000;
  return (
    <p className={`rounded-md px-3 py-1 text-sm font-semibold tabular-nums ${urgent ? "bg-red-100 text-red-900" : "bg-slate-100 text-slate-800"}`} role="timer" aria-live="off">
      {left > 0 ? t("player.attempt.timeLeft", { time: formatDuration(left) }) : t("player.attempt.timeUp")}
    </p>
  );
}
