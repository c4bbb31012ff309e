import { useId, useState } from 'react';
import { DEPLOY_METHODS, FAILURE_EXPLANATIONS, type DeployMethod } from '../../content/failures';
import { deploy } from '../../store/actions';
import { DEPLOY_WINDOW_S } from '../../store/traffic';
import { useUi, type UiState } from '../../store/ui';
import { JOURNEY_DEPLOY_NOTE } from './copy';
import { DeployArithmetic } from './DeployArithmetic';
import { DeployTimeline } from './DeployTimeline';
import { IssueFix, IssueWhy } from './IssueExplanation';
import { SourceLinks } from './SourceLinks';

const issue = FAILURE_EXPLANATIONS.maintenance;
const METHODS = Object.keys(DEPLOY_METHODS) as DeployMethod[];
const selectMode = (s: UiState) => s.mode;

/** Issue 2: deploying new code on the only server. Pick how, deploy, and watch the window on a timeline. */
export function MaintenanceSection() {
  const mode = useUi(selectMode);
  const [method, setMethod] = useState<DeployMethod>('app-restart');
  const headingId = useId();
  const name = useId();
  return (
    <section className="failures__issue" aria-labelledby={headingId}>
      <h3 id={headingId}>{issue.title}</h3>
      <p>{issue.what}</p>
      <fieldset className="failures__methods">
        <legend>Deploy new code: how the maintenance is done</legend>
        {METHODS.map((m) => {
          const info = DEPLOY_METHODS[m];
          return (
            <label key={m} className="failures__method">
              <input type="radio" name={name} value={m} checked={method === m} onChange={() => setMethod(m)} />
              {info.label}
              <code>{info.command}</code>
              <span className="failures__method-result" data-lost={info.outcome ? true : undefined}>
                {info.outcome ? `Users get ${info.symptom} for about ${DEPLOY_WINDOW_S[m]} s` : info.symptom}
              </span>
            </label>
          );
        })}
      </fieldset>
      <p className="failures__explain-method">{DEPLOY_METHODS[method].explanation}</p>
      <button type="button" className="btn btn--primary" onClick={() => deploy(method)}>
        Deploy now
      </button>
      {mode === 'journey' && <p className="failures__note">{JOURNEY_DEPLOY_NOTE}</p>}
      <DeployTimeline />
      <IssueWhy issue={issue} />
      <IssueFix issue={issue} />
      <DeployArithmetic />
      <SourceLinks sources={issue.sources} />
    </section>
  );
}
