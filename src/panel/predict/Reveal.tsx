import { useEffect, useRef } from 'react';
import type { Question } from '../../content/questions';
import type { Prediction } from '../../store/progress';
import { CardLink } from './CardLink';
import { Tally } from './Tally';
import { t } from '../../i18n/t';
import { localize } from '../../i18n/localize';
import { rich } from '../rich';

/** The answer against the learner's prediction and what the model showed, with the why and the card. */
export function Reveal({ question, prediction, evidence, standalone }: { question: Question; prediction: Prediction; evidence: string | null; standalone: boolean }) {
  const { choices, why } = localize(question);
  const answer = choices[question.correct]!.text;
  const box = useRef<HTMLDivElement>(null);
  // Alone in a small frame the control band scrolls: bring the answer into it when it arrives.
  useEffect(() => {
    if (standalone) box.current?.scrollIntoView?.({ block: 'nearest' });
  }, [standalone]);
  return (
    <div ref={box} className="predict predict--reveal" data-question={question.id} data-right={prediction.correct || undefined}>
      <p className="predict__verdict" tabIndex={-1}>
        <strong>{prediction.correct ? t('You predicted it.') : t('Not what you predicted.')}</strong>{' '}
        {!prediction.correct && <>{t('You said “{choice}”.', { choice: choices[prediction.choice]!.text })} </>}
        {rich(t('The answer: {answer}.'), { answer: <strong>{answer}</strong> })}
      </p>
      {evidence && <p className="predict__evidence">{evidence}</p>}
      <p className="predict__why">{why}</p>
      <p className="predict__links">
        <CardLink card={question.card} standalone={standalone} />
        <Tally />
      </p>
    </div>
  );
}
