import { useId, useState, type FormEvent } from 'react';
import type { Question } from '../../content/questions';
import { t } from '../../i18n/t';
import { localize } from '../../i18n/localize';

/**
 * One question, before the scene plays: pick a choice, then commit it (or skip). Nothing is scored
 * on screen; committing only fixes the prediction so the scene can contradict it.
 */
export function QuestionCard({ question, heading, onCommit, onSkip }: { question: Question; heading: string; onCommit: (choice: number) => void; onSkip: () => void }) {
  const [choice, setChoice] = useState<number | null>(null);
  const { prompt, choices } = localize(question);
  const name = useId();
  const headingId = useId();
  const promptId = useId();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (choice !== null) onCommit(choice);
  };
  return (
    <form className="predict" aria-labelledby={headingId} onSubmit={submit} data-question={question.id}>
      <p id={headingId} className="predict__heading">
        {heading}
      </p>
      {/* A paragraph naming the group rather than a legend: a legend cannot leave its fieldset's box, and a
          small frame lays the prompt beside the buttons and the choices under both. */}
      <p id={promptId} className="predict__prompt">
        {prompt}
      </p>
      <fieldset className="predict__choices" aria-labelledby={promptId}>
        {choices.map((c, i) => (
          <label key={c.text} className="predict__choice">
            <input type="radio" name={name} value={i} checked={choice === i} onChange={() => setChoice(i)} />
            <span>{c.text}</span>
          </label>
        ))}
      </fieldset>
      <div className="predict__actions">
        <button type="submit" className="btn btn--primary btn--small" disabled={choice === null}>
          {t('Commit my prediction')}
        </button>
        <button type="button" className="btn btn--small" onClick={onSkip}>
          {t('Skip')}
        </button>
      </div>
    </form>
  );
}
