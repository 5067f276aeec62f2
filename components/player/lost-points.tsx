import type { Debrief } from "@/lib/dal/debrief";
import type { Messages } from "@/messages";
import type { Translator } from "@/lib/i18n/translate";

type Props = { debrief: Debrief; firsts: number[]; fmt: (n: number) => string; t: Translator<Messages> };

/** The debrief's opening summary: each question where points were lost, linked to it, in case order. */
export function LostPoints({ debrief, firsts, fmt, t }: Props) {
  const lost = debrief.stages.flatMap(({ view }, i) =>
    view.questions.flatMap((q, k) => {
      const f = q.feedback;
      return f && f.points < f.max ? [{ id: q.question.id, n: firsts[i] + k, stage: view.title, points: f.points, max: f.max }] : [];
    }),
  );
  return (
    <section className="card" aria-labelledby="lost-title" data-testid="lost-points">
      <h2 id="lost-title" className="text-lg font-semibold">
        {t("player.debrief.lostTitle")}
      </h2>
      {lost.length === 0 ? (
        <p className="mt-2 text-sm">{t("player.debrief.lostNone")}</p>
      ) : (
        <ul className="mt-2 space-y-1 text-sm">
          {lost.map((l) => (
            <li key={l.id}>
              <a href={`#question-${l.id}`} className="link break-words">
                {t("player.debrief.lostItem", { n: l.n, stage: l.stage, points: fmt(l.points), max: fmt(l.max) })}
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
