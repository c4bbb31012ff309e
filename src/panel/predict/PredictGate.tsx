import '../../styles/predict.css';
import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { questionsFor } from '../../content/questions';
import type { BreakSceneId } from '../../content/sceneIds';
import { announce } from '../../store/actions';
import { SKIPPED, useProgress, type ProgressState } from '../../store/progress';
import { predict, revealAnswer, skipQuestion } from '../../store/progressActions';
import { useUi, type UiState } from '../../store/ui';
import { overCapacity, sceneEvidence, type Watch } from './evidence';
import { QuestionCard } from './QuestionCard';
import { Reveal } from './Reveal';
import { t, tx } from '../../i18n/t';

const selectQuiz = (s: UiState) => s.quiz;
const selectPredictions = (s: ProgressState) => s.predictions;

/** What the learner does next in each scene, once they have committed. */
function nextStep(scene: BreakSceneId): string {
  if (scene === 'spof') return t('Now switch the server off and watch the browsers.');
  if (scene === 'deploy') return t('Now press Deploy now and watch the timeline.');
  return t('Now push the traffic past the capacity mark and watch the served line.');
}

/** The same on one line, for a scene alone: its band has room for one line above the control. */
function nextStepShort(scene: BreakSceneId): string {
  if (scene === 'spof') return t('Now switch the server off.');
  if (scene === 'deploy') return t('Now press Deploy now.');
  return t('Now push the traffic past capacity.');
}

/**
 * Predict, then watch: until the learner commits a prediction (or skips), the scene's question stands
 * where its control will be; then the control, and once the scene has played, the answer against what
 * the model showed, and a second question about the fix. `?quiz=0` shows the control alone.
 */
export function PredictGate({ scene, standalone, children }: { scene: BreakSceneId; standalone: boolean; children: ReactNode }) {
  const quiz = useUi(selectQuiz);
  const predictions = useProgress(selectPredictions);
  // A scene already broken when it opens (`?failure=spof`, a host's command) has nothing left to predict.
  const [alreadyPlaying] = useState(() => scene === 'spof' && useUi.getState().spof);
  const [before, fix] = questionsFor(scene);
  const watch = useRef<Watch>({ since: useUi.getState().live.simTime, overCapacitySince: null });
  const box = useRef<HTMLDivElement>(null);
  const focusNext = useRef<string | null>(null);

  const first = before ? predictions[before.id] : SKIPPED;
  const watching = first !== undefined && first !== SKIPPED && !first.revealed;
  const evidence = useUi((s) => (watching ? sceneEvidence(scene, s, watch.current) : null));

  // Traffic past capacity starts the scale scene's clock.
  useEffect(() => {
    if (!watching || scene !== 'scale') return;
    const track = (s: UiState) => {
      if (!overCapacity(s.rps)) watch.current.overCapacitySince = null;
      else watch.current.overCapacitySince ??= s.live.simTime;
    };
    track(useUi.getState());
    return useUi.subscribe(track);
  }, [watching, scene]);

  useEffect(() => {
    if (!watching || !evidence || !before) return;
    revealAnswer(before.id, evidence);
    announce(t('The answer: {answer}. {evidence}', { answer: tx(before.choices[before.correct]!.text), evidence }));
  }, [watching, evidence, before]);

  // Focus follows the learner's commit to what comes next, so a keyboard path never falls back to the page.
  useLayoutEffect(() => {
    const selector = focusNext.current;
    if (!selector) return;
    focusNext.current = null;
    box.current?.querySelector<HTMLElement>(selector)?.focus();
  });

  if (!quiz || !before || alreadyPlaying) return <>{children}</>;

  if (first === undefined) {
    return (
      <div className="predict-gate" ref={box} data-asking="">
        <QuestionCard
          question={before}
          heading={t('Predict first')}
          onCommit={(choice) => {
            watch.current = { since: useUi.getState().live.simTime, overCapacitySince: null };
            focusNext.current = '.predict__next';
            predict(before.id, choice);
          }}
          onSkip={() => {
            focusNext.current = 'input, button';
            skipQuestion(before.id);
          }}
        />
      </div>
    );
  }

  const second = fix ? predictions[fix.id] : SKIPPED;
  return (
    <div className="predict-gate" ref={box}>
      {watching && (
        <p className="predict__next" tabIndex={-1}>
          {/* A scene alone shows one line; a screen reader, focused here, still hears the whole note. */}
          <span className={standalone ? 'visually-hidden' : undefined}>{t('You predicted “{choice}”.', { choice: tx(before.choices[first.choice]!.text) })} </span>
          {standalone ? nextStepShort(scene) : nextStep(scene)}{' '}
          <button type="button" className="linkish" onClick={() => revealAnswer(before.id)}>
            {t('Show the answer')}
          </button>
        </p>
      )}
      {children}
      {first !== SKIPPED && first.revealed && <Reveal question={before} prediction={first} evidence={first.seen ?? null} standalone={standalone} />}
      {fix && first !== undefined && !watching && second === undefined && (
        <QuestionCard
          question={fix}
          heading={t('Predict the fix')}
          onCommit={(choice) => {
            focusNext.current = `.predict--reveal[data-question="${fix.id}"] .predict__verdict`;
            predict(fix.id, choice);
            revealAnswer(fix.id);
          }}
          onSkip={() => skipQuestion(fix.id)}
        />
      )}
      {fix && second !== undefined && second !== SKIPPED && second.revealed && <Reveal question={fix} prediction={second} evidence={null} standalone={standalone} />}
    </div>
  );
}
