import { useId, useState, type ReactNode } from 'react';
import { DEPLOY_METHODS, FAILURE_EXPLANATIONS, type DeployMethod } from '../../content/failures';
import { deploy } from '../../store/actions';
import { t, tx } from '../../i18n/t';
import { DEPLOY_WINDOW_S } from '../../playback/traffic';
import { useUi, type UiState } from '../../store/ui';
import { JOURNEY_DEPLOY_NOTE } from './copy';
import { DeployArithmetic } from './DeployArithmetic';
import { DeployTimeline } from './DeployTimeline';
import { FixList } from './FixList';
import { IssueFix, IssueWhy } from './IssueExplanation';
import { SceneFrame } from './SceneFrame';

const issue = FAILURE_EXPLANATIONS.maintenance;
const METHODS = Object.keys(DEPLOY_METHODS) as DeployMethod[];
const selectMode = (s: UiState) => s.mode;

/** What users get from a deploy done this way, in a few words. */
function resultText(m: DeployMethod): string {
  const info = DEPLOY_METHODS[m];
  return info.outcome ? t('Users get {symptom} for about {s} s', { symptom: tx(info.symptom), s: DEPLOY_WINDOW_S[m] }) : tx(info.symptom);
}

/** Issue 2: deploying new code on the only server. Pick how, deploy, and watch the window on the timeline beside it. */
export function MaintenanceSection({ standalone = false, toolbar }: { standalone?: boolean; toolbar?: ReactNode }) {
  const mode = useUi(selectMode);
  const [method, setMethod] = useState<DeployMethod>('app-restart');
  const name = useId();
  const resultId = useId();
  const control = (
    <>
      <fieldset className="failures__methods">
        <legend>{t('Deploy new code: how the maintenance is done')}</legend>
        {METHODS.map((m) => (
          <label key={m} className="failures__method">
            <input type="radio" name={name} value={m} checked={method === m} onChange={() => setMethod(m)} aria-describedby={method === m ? resultId : undefined} />
            <span className="failures__method-name">{tx(DEPLOY_METHODS[m].label)}</span>
            <code>{DEPLOY_METHODS[m].command}</code>
          </label>
        ))}
      </fieldset>
      <div className="failures__deploy">
        <button type="button" className="btn btn--primary" onClick={() => deploy(method)}>
          {t('Deploy now')}
        </button>
        <span id={resultId} className="failures__method-result" data-lost={DEPLOY_METHODS[method].outcome ? true : undefined}>
          {resultText(method)}
        </span>
      </div>
      {mode === 'journey' && <p className="failures__note">{tx(JOURNEY_DEPLOY_NOTE)}</p>}
    </>
  );
  return (
    <SceneFrame
      id="deploy"
      standalone={standalone}
      toolbar={toolbar}
      control={control}
      chart={<DeployTimeline />}
      more={
        <>
          <p className="failures__explain-method">{tx(DEPLOY_METHODS[method].explanation)}</p>
          <IssueWhy issue={issue} />
          <IssueFix issue={issue} />
          <FixList issue="maintenance" />
          <DeployArithmetic />
        </>
      }
      sources={issue.sources}
    />
  );
}
