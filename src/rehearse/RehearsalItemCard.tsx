import { useId, useLayoutEffect, useRef } from 'react';
import { findMisconception } from '../content/questions';
import type { RehearsalItem } from '../content/rehearsal';
import { localize } from '../i18n/localize';
import { t } from '../i18n/t';
import { useProgress, type ProgressState, type RehearsalEntry } from '../store/progress';
import { revealModelAnswer, setRehearsalText, toggleTick } from '../store/progressActions';
import { isRehearsed } from '../store/progressSummary';

const NO_ENTRY: RehearsalEntry = { text: '', revealed: false, ticked: [] };

/** One whiteboard item: the learner's words first, then the model answer and the points to tick. */
export function RehearsalItemCard({ item, number }: { item: RehearsalItem; number: number }) {
  const entry = useProgress((s: ProgressState) => s.rehearsal[item.id]) ?? NO_ENTRY;
  const { prompt, modelAnswer, checklist } = localize(item);
  const headingId = useId();
  const textId = useId();
  const done = isRehearsed(entry);
  const model = useRef<HTMLDivElement>(null);
  const justRevealed = useRef(false);
  // The button goes once pressed: focus moves to the answer it revealed, not back to the page.
  useLayoutEffect(() => {
    if (entry.revealed && justRevealed.current) {
      justRevealed.current = false;
      model.current?.focus();
    }
  }, [entry.revealed]);
  return (
    <section className="rehearse-item" aria-labelledby={headingId} data-item={item.id} data-done={done || undefined}>
      <h3 id={headingId} className="rehearse-item__prompt">
        {number}. {prompt}
        {done && <span className="rehearse-item__done"> {t('Rehearsed')}</span>}
      </h3>
      <label htmlFor={textId} className="rehearse-item__label">
        {t('Your explanation, in your own words')}
      </label>
      <textarea
        id={textId}
        className="rehearse-item__text"
        rows={4}
        value={entry.text}
        onChange={(e) => setRehearsalText(item.id, e.currentTarget.value)}
      />
      {/* Printed instead of the text box, which would clip a long answer. */}
      <p className="rehearse-item__print-text">{entry.text.trim() || t('(not written yet)')}</p>
      {!entry.revealed && (
        <button
          type="button"
          className="btn"
          onClick={() => {
            justRevealed.current = true;
            revealModelAnswer(item.id);
          }}
        >
          {t('Reveal model answer')}
        </button>
      )}
      <div ref={model} tabIndex={-1} className="rehearse-item__model" data-revealed={entry.revealed || undefined}>
        <p>
          <strong>{t('Model answer: ')}</strong>
          {modelAnswer}
        </p>
        <WrongAnswers item={item} />
        <fieldset className="rehearse-item__checklist">
          <legend>{t('What your answer covered')}</legend>
          {checklist.map((point, i) => (
            <label key={point}>
              <input type="checkbox" checked={entry.ticked.includes(i)} onChange={(e) => toggleTick(item.id, i, e.currentTarget.checked)} />
              <span>{point}</span>
            </label>
          ))}
        </fieldset>
      </div>
    </section>
  );
}

/** The wrong answers learners give to this item (the cards' misconceptions), each with what is true. */
function WrongAnswers({ item }: { item: RehearsalItem }) {
  // Found on the English cards, then shown in the current language.
  const found = item.misconceptions.flatMap((ref) => findMisconception(ref) ?? []).map((m) => localize(m));
  if (found.length === 0) return null;
  return (
    <ul className="rehearse-item__myths" aria-label={t('Common wrong answers')}>
      {found.map((m) => (
        <li key={m.myth}>
          <span className="rehearse-item__myth">
            {m.verdict === 'incomplete' ? t('Half an answer: “{myth}”', { myth: m.myth }) : t('A common wrong answer: “{myth}”', { myth: m.myth })}
          </span>{' '}
          {m.fact}
        </li>
      ))}
    </ul>
  );
}
