import { FIX_LIST } from '../../content/fixes';
import { localize } from '../../i18n/localize';
import { t } from '../../i18n/t';
import type { IssueId } from '../../content/failures';
import type { FixId } from '../../content/fixes/types';
import type { ReplayId } from '../../playback/compare/scripts';
import { useState } from 'react';
import { useUi } from '../../store/ui';
import { tryDesignLive } from '../../store/designActions';
import type { ModelFix } from '../../sim/fixIds';
import { SourceList } from '../SourceList';
import { ReplayCompare } from './ReplayCompare';

/** The fixes the model can already run, and the replay that shows each against the one server. */
const REPLAY_OF: Partial<Record<FixId, ReplayId>> = { lb: 'lb', replica: 'replica', rolling: 'rolling', 'scale-up': 'scale-up', 'scale-out': 'scale-out' };

/** The fixes the diagram can play live: the design each card's "Try it live" plays. */
const LIVE_DESIGN: Partial<Record<FixId, [ModelFix[], number]>> = {
  lb: [['lb'], 2],
  'lb-pair': [['lb', 'lb-pair'], 2],
  replica: [['lb', 'replica'], 2],
  'scale-out': [['lb'], 4],
};

/**
 * The fixes the course meets for this issue, each as a card the learner opens: what it does, the
 * weakness it brings, the wrong answer learners give about it, and where the figures come from.
 * A replay runs a design beside the one server; "Try it live" plays it on the diagram.
 */
export function FixList({ issue }: { issue: IssueId }) {
  const fixes = FIX_LIST.filter((f) => f.solves.includes(issue)).map((f) => localize(f));
  // The replay `?compare=` asked for, opened and run once.
  const [asked] = useState(() => useUi.getState().compare);
  if (fixes.length === 0) return null;
  return (
    <div className="fixes">
      <p className="fixes__head">
        <strong>{t('The fixes, one by one')}</strong>{' '}
        <span className="failures__note">{t('(a replay runs a design beside the one server; “Try it live” plays it on the diagram)')}</span>
      </p>
      {fixes.map((fix) => {
        const myth = fix.misconceptions[0]!;
        return (
          <details key={fix.id} className="fix" data-fix={fix.id} open={(asked !== null && REPLAY_OF[fix.id] === asked) || undefined}>
            <summary>{fix.title}</summary>
            <ul className="fix__points">
              {fix.points.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
            <p>
              <strong>{t('What it brings: ')}</strong>
              {fix.newWeakness}
            </p>
            <p>
              <strong>{myth.verdict === 'incomplete' ? t('Half an answer: ') : t('Common misconception: ')}</strong>
              {t('“{myth}”', { myth: myth.myth })} {myth.fact}
            </p>
            {LIVE_DESIGN[fix.id] && (
              <p>
                <button type="button" className="btn" onClick={() => tryDesignLive(...LIVE_DESIGN[fix.id]!)}>
                  {t('Try it live')}
                </button>{' '}
                <span className="failures__note">{t('traffic on {n} servers behind HAProxy, on the diagram', { n: LIVE_DESIGN[fix.id]![1] })}</span>
              </p>
            )}
            {REPLAY_OF[fix.id] && <ReplayCompare id={REPLAY_OF[fix.id]!} autoStart={asked === REPLAY_OF[fix.id]} />}
            <SourceList sources={fix.sources} />
          </details>
        );
      })}
    </div>
  );
}
