import '../styles/rehearse.css';
import { useEffect, useRef } from 'react';
import { REHEARSAL } from '../content/rehearsal';
import { t } from '../i18n/t';
import { setRehearseOpen } from '../store/actions';
import { useProgress, type ProgressState } from '../store/progress';
import { summarise } from '../store/progressSummary';
import { RehearsalItemCard } from './RehearsalItemCard';
import { StartOver } from './StartOver';

/** The SCORM package also keeps the work in the LMS (src/scorm/suspendData.ts); say so there. */
const kept = () => (import.meta.env.MODE === 'scorm' ? t('What you write is kept in this browser and by your course’s LMS.') : t('What you write stays in this browser.'));

const selectRehearsed = (s: ProgressState) => summarise(s).itemsRehearsed;

/**
 * Rehearse the whiteboard: every item the course asks a learner to explain, with a text box for their
 * own words, the model answer to reveal and the key points to tick. The text stays in this browser
 * (localStorage, one key per page; the SCORM package's LMS keeps a copy). "Start over…" clears it. Prints as a summary of their answers and the model answers.
 * Lazy-loaded by the app (`?rehearse=1`, or the header's Rehearse button).
 */
export default function RehearseView() {
  const rehearsed = useProgress(selectRehearsed);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const close = () => {
    setRehearseOpen(false);
    // Back to what opened it, when that is the header's button.
    requestAnimationFrame(() => document.querySelector<HTMLElement>('.header__rehearse')?.focus());
  };
  return (
    <main className="rehearse" aria-labelledby="rehearse-title">
      <div className="rehearse__head">
        <h2 id="rehearse-title" ref={heading} tabIndex={-1}>
          {t('Rehearse the whiteboard')}
        </h2>
        <p className="rehearse__intro">
          {t('Explain each item as you would to a mentor at the whiteboard, with no notes. Then reveal the model answer and tick what you covered.')}{' '}
          {kept()}
        </p>
        <p className="rehearse__progress" role="status">
          {t('{n} of {total} items rehearsed', { n: rehearsed, total: REHEARSAL.length })}
        </p>
        <div className="rehearse__tools">
          <button type="button" className="btn" onClick={() => window.print()}>
            {t('Print my answers')}
          </button>
          <button type="button" className="btn" onClick={close}>
            {t('Back to the diagram')}
          </button>
          <StartOver onCleared={() => heading.current?.focus()} />
        </div>
      </div>
      <div className="rehearse__items">
        {REHEARSAL.map((item, i) => (
          <RehearsalItemCard key={item.id} item={item} number={i + 1} />
        ))}
      </div>
    </main>
  );
}
