import '../../styles/predict.css';
import { useEffect, useState } from 'react';
import { questionsFor, type Question, type QuestionMoment } from '../../content/questions';
import { announce } from '../../store/actions';
import { SKIPPED, useProgress, type Prediction, type ProgressState } from '../../store/progress';
import { predict, revealAnswer, skipQuestion } from '../../store/progressActions';
import { COMPONENTS } from '../../sim/topology';
import type { SimEvent } from '../../sim/types';
import { useUi, type UiState } from '../../store/ui';
import { QuestionCard } from './QuestionCard';
import { Reveal } from './Reveal';
import { t, tx } from '../../i18n/t';

const selectPredictions = (s: ProgressState) => s.predictions;
const selectAtStart = (s: UiState) => s.live.stepIndex === 0 && !s.playing;
const selectPause = (s: UiState) => s.chapterPause;
const selectCurrent = (s: UiState) => s.live.current;

const byMoment = (moment: QuestionMoment) => questionsFor('journey').find((q) => q.moment === moment);
const DNS_FIRST = byMoment('dns');
const SECOND_SKIP = byMoment('second-request');

/** What the journey shows now that answers a committed question, in one line; null until it has. */
function journeyEvidence(question: Question, current: SimEvent | null): string | null {
  if (current?.kind !== 'hop') return null;
  if (question.moment === 'dns' && current.packet === 'dns-response') {
    if (current.from === 'root') return t('The first DNS answer on the diagram came from the Root server, to the resolver.');
    const from = COMPONENTS.find((c) => c.id === current.from)?.label ?? current.from;
    return t('The first DNS answer on the diagram came from the {from}, to the resolver.', { from: tx(from) });
  }
  if (question.moment === 'second-request' && current.packet === 'http-request') {
    return t('The second request went straight to Nginx on the open connection: no DNS walk, no handshakes.');
  }
  return null;
}

/**
 * Predict, then watch, in the journey of one request: which server answers the DNS query first
 * (asked before Play), and what the second request skips (asked at the pause before it). Neither
 * stops the journey; each answer is revealed at the step that shows it (playing or stepping). Lazy-loaded by the app.
 */
export default function JourneyPredict() {
  const predictions = useProgress(selectPredictions);
  const atStart = useUi(selectAtStart);
  const pause = useUi(selectPause);
  const current = useUi(selectCurrent);
  const [closed, setClosed] = useState<string | null>(null);

  const pending = [DNS_FIRST, SECOND_SKIP].find((q): q is Question => {
    const p = q ? predictions[q.id] : undefined;
    return !!q && p !== undefined && p !== SKIPPED && !p.revealed;
  });
  const evidence = pending ? journeyEvidence(pending, current) : null;
  useEffect(() => {
    if (!pending || !evidence) return;
    revealAnswer(pending.id, evidence);
    announce(t('The answer: {answer}. {evidence}', { answer: tx(pending.choices[pending.correct]!.text), evidence }));
  }, [pending, evidence]);

  const asking = DNS_FIRST && atStart && predictions[DNS_FIRST.id] === undefined ? DNS_FIRST : SECOND_SKIP && pause?.nextRequest && predictions[SECOND_SKIP.id] === undefined ? SECOND_SKIP : null;
  const shown = [DNS_FIRST, SECOND_SKIP].map((q) => (q ? ([q, predictions[q.id]] as const) : null));
  const revealed = shown.filter((x): x is readonly [Question, Prediction] => !!x && typeof x[1] === 'object' && x[1].revealed);
  const last = revealed[revealed.length - 1];
  const latest = last && last[0].id !== closed ? last : undefined;
  if (!asking && !latest) return null;
  return (
    <div className="journey-predict">
      {asking ? (
        <QuestionCard
          key={asking.id}
          question={asking}
          heading={asking.moment === 'dns' ? t('Predict, then press Play') : t('Predict, then continue')}
          onCommit={(choice) => predict(asking.id, choice)}
          onSkip={() => skipQuestion(asking.id)}
        />
      ) : (
        latest && (
          <>
            <Reveal question={latest[0]} prediction={latest[1]} evidence={latest[1].seen ?? null} standalone={false} />
            <button type="button" className="btn btn--small journey-predict__close" onClick={() => setClosed(latest[0].id)}>
              {t('Close the answer')}
            </button>
          </>
        )
      )}
    </div>
  );
}
