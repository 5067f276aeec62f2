import type { Debrief } from "@/lib/dal/debrief";
import type { Messages } from "@/messages";
import type { Translator } from "@/lib/i18n/translate";

type Props = { debrief: Debrief; firsts: number[]; fmt: (n: number) => string; t: Translator<Messages> };

type Lost = { key: string; href: string; text: string };

/**
 * The debrief's opening summary: in case order, each stage whose tests lost points (an essential test
 * not ordered, an unnecessary or harmful one ordered) and each question where points were lost, linked
 * to them. It accounts for every point between the mark and the maximum.
 */
export function lostPoints(debrief: Pick<Debrief, "stages">, firsts: number[], fmt: (n: number) => string, t: Translator<Messages>): Lost[] {
  return debrief.stages.flatMap(({ view, investigationPoints, investigationMax }, i) => [
    ...(investigationPoints < investigationMax
      ? [
          {
            key: `stage-${view.index}-tests`,
            href: `#stage-${view.index + 1}`,
            text: t("player.debrief.lostTests", { n: view.index + 1, stage: view.title, points: fmt(investigationPoints), max: fmt(investigationMax) }),
          },
        ]
      : []),
    ...view.questions.flatMap((q, k) => {
      const f = q.feedback;
      if (!f || f.points >= f.max) return [];
      return [{ key: q.question.id, href: `#question-${q.question.id}`, text: t("player.debrief.lostItem", { n: firsts[i] + k, stage: view.title, points: fmt(f.points), max: fmt(f.max) }) }];
    }),
  ]);
}

export function LostPoints({ debrief, firsts, fmt, t }: Props) {
  const lost = lostPoints(debrief, firsts, fmt, t);
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
            <li key={l.key}>
              <a href={l.href} className="link break-words">
                {l.text}
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
