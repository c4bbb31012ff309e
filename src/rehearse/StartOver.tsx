import { useEffect, useRef, useState } from 'react';
import { t } from '../i18n/t';
import { resetProgress } from '../store/progressActions';

/**
 * Clearing a learner's work is asked twice: "Start over…" opens the question, whose safe answer has the
 * focus, so a stray Enter keeps everything. After clearing, focus goes back to the view's heading.
 */
export function StartOver({ onCleared }: { onCleared: () => void }) {
  const [asking, setAsking] = useState(false);
  const keep = useRef<HTMLButtonElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) keep.current?.focus();
  }, [asking]);

  if (!asking) {
    return (
      <button type="button" className="btn" ref={opener} onClick={() => setAsking(true)}>
        {t('Start over…')}
      </button>
    );
  }
  return (
    <div className="start-over" role="group" aria-labelledby="start-over-question">
      <p id="start-over-question">{t('Clear every prediction and answer you made on this page? This cannot be undone.')}</p>
      <button type="button" className="btn" ref={keep} onClick={() => setAsking(false)}>
        {t('Keep my work')}
      </button>
      <button
        type="button"
        className="btn btn--danger"
        onClick={() => {
          resetProgress();
          setAsking(false);
          onCleared();
        }}
      >
        {t('Clear everything')}
      </button>
    </div>
  );
}
