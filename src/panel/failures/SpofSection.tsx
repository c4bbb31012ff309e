import { useId } from 'react';
import { FAILURE_EXPLANATIONS } from '../../content/failures';
import { setSpof } from '../../store/actions';
import { CONNECT_TIMEOUT_COMPRESSION, REAL_CONNECT_TIMEOUT_S } from '../../store/traffic';
import { useUi, type UiState } from '../../store/ui';
import { DNS_STILL_ANSWERS, compressedWaitText } from './copy';
import { IssueFix, IssueWhy } from './IssueExplanation';
import { SourceLinks } from './SourceLinks';

const issue = FAILURE_EXPLANATIONS.spof;
const selectSpof = (s: UiState) => s.spof;
const selectMode = (s: UiState) => s.mode;
const selectServerStatus = (s: UiState) => s.live.status.server;
// What the user's browser shows now: a hanging request is not "200 OK" (browserTabs.ts).
const selectLastSymptom = (s: UiState) => {
  const tab = s.live.tab;
  return tab.state === 'done' ? tab.symptom : tab.state === 'idle' ? null : `waiting ${Math.floor(tab.seconds)} s…`;
};

/** Issue 1: the one server goes down. A real switch, and what the learner should notice when it is on. */
export function SpofSection() {
  const on = useUi(selectSpof);
  const mode = useUi(selectMode);
  const server = useUi(selectServerStatus);
  const lastSymptom = useUi(selectLastSymptom);
  const headingId = useId();
  const switchId = useId();
  return (
    <section className="failures__issue" aria-labelledby={headingId}>
      <h3 id={headingId}>{issue.title}</h3>
      <p>{issue.what}</p>
      <div className="failures__switch">
        <input
          id={switchId}
          type="checkbox"
          role="switch"
          checked={on}
          aria-checked={on}
          onChange={(e) => setSpof(e.currentTarget.checked)}
        />
        <label htmlFor={switchId}>{issue.switchLabel}</label>
        <span className="failures__state" data-on={on || undefined}>
          {on ? 'On' : 'Off'}
        </span>
      </div>
      {on && (
        <div className="failures__consequences">
          <p className="failures__status">
            Server: <strong>{server === 'down' ? 'down' : server}</strong>
            {lastSymptom && (
              <>
                {' · '}your last request: <code>{lastSymptom}</code>
              </>
            )}
          </p>
          <p>{DNS_STILL_ANSWERS}</p>
          <p>
            <strong>What the user sees: </strong>
            {issue.userSees}
          </p>
          {mode === 'traffic' && <p className="failures__note">{compressedWaitText(REAL_CONNECT_TIMEOUT_S, CONNECT_TIMEOUT_COMPRESSION)}</p>}
          <IssueWhy issue={issue} withSymptoms={false} />
          <p>
            <strong>What the operator sees: </strong>
            {issue.operatorSees}
          </p>
          <IssueFix issue={issue} />
        </div>
      )}
      <SourceLinks sources={issue.sources} />
    </section>
  );
}
