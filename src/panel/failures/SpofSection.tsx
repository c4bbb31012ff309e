import { useId, type ReactNode } from 'react';
import { FAILURE_EXPLANATIONS } from '../../content/failures';
import { t, tx } from '../../i18n/t';
import { setSpof } from '../../store/actions';
import type { ComponentStatus } from '../../sim/types';
import { CONNECT_TIMEOUT_COMPRESSION, REAL_CONNECT_TIMEOUT_S } from '../../playback/traffic';
import { useUi, type UiState } from '../../store/ui';
import { DNS_STILL_ANSWERS, compressedWaitText } from './copy';
import { rich } from '../rich';
import { FixList } from './FixList';
import { IssueFix, IssueWhy } from './IssueExplanation';
import { ThroughputChart } from './LiveCharts';
import { SceneChart } from './SceneChart';
import { SceneFrame } from './SceneFrame';

const issue = FAILURE_EXPLANATIONS.spof;
const selectSpof = (s: UiState) => s.spof;
const selectMode = (s: UiState) => s.mode;
// A fixed design (issue 15) takes server 1 down; the others go on behind the balancer.
const selectServerStatus = (s: UiState) => s.live.parts?.['server-1']?.status ?? s.live.status.server;
const selectFixed = (s: UiState) => s.live.parts !== null;
// What the user's browser shows now: a hanging request is not "200 OK" (browserTabs.ts).
const selectLastSymptom = (s: UiState) => {
  const tab = s.live.tab;
  return tab.state === 'done' ? tab.symptom : tab.state === 'idle' ? null : t('waiting {s} s…', { s: Math.floor(tab.seconds) });
};

/** Issue 1: the one server goes down. A real switch, the throughput chart beside it, the rest under "More". */
export function SpofSection({ standalone = false, toolbar }: { standalone?: boolean; toolbar?: ReactNode }) {
  const mode = useUi(selectMode);
  return (
    <SceneFrame
      id="spof"
      standalone={standalone}
      toolbar={toolbar}
      control={<SpofSwitch />}
      chart={
        <SceneChart what="pages">
          <ThroughputChart />
        </SceneChart>
      }
      more={
        <>
          <p>{tx(DNS_STILL_ANSWERS)}</p>
          <p>
            <strong>{t('What the user sees: ')}</strong>
            {tx(issue.userSees)}
          </p>
          {mode === 'journey' && (
            <p className="failures__note">
              {t('Following one request, the model keeps the real wait: about {s} s of simulated time.', { s: REAL_CONNECT_TIMEOUT_S })}
            </p>
          )}
          <IssueWhy issue={issue} withSymptoms={false} />
          <p>
            <strong>{t('What the operator sees: ')}</strong>
            {tx(issue.operatorSees)}
          </p>
          <IssueFix issue={issue} />
          <FixList issue="spof" />
        </>
      }
      sources={issue.sources}
    />
  );
}

/** A part's state as the reader's language says it. */
function statusWord(status: ComponentStatus): string {
  if (status === 'up') return t('up');
  if (status === 'down') return t('down');
  if (status === 'restarting') return t('restarting');
  if (status === 'reloading') return t('reloading');
  return t('slow');
}

/** The switch, and while it is on, the server's state and the learner's last request. */
function SpofSwitch() {
  const on = useUi(selectSpof);
  const server = useUi(selectServerStatus);
  const lastSymptom = useUi(selectLastSymptom);
  const mode = useUi(selectMode);
  const fixed = useUi(selectFixed);
  const switchId = useId();
  return (
    <>
      <div className="failures__switch">
        <input
          id={switchId}
          type="checkbox"
          role="switch"
          checked={on}
          aria-checked={on}
          onChange={(e) => setSpof(e.currentTarget.checked)}
        />
        <label htmlFor={switchId}>{fixed ? t('Server 1 goes down (the fixed design)') : tx(issue.switchLabel)}</label>
        <span className="failures__state" data-on={on || undefined}>
          {on ? t('On') : t('Off')}
        </span>
      </div>
      {on && (
        <p className="failures__status">
          {rich(fixed ? t('Server 1: {status}') : t('Server: {status}'), { status: <strong>{statusWord(server)}</strong> })}
          {lastSymptom && (
            <>
              {' · '}
              {rich(t('your last request: {symptom}'), { symptom: <code>{lastSymptom}</code> })}
            </>
          )}
        </p>
      )}
      {on && mode === 'traffic' && !fixed && <p className="failures__note">{compressedWaitText(REAL_CONNECT_TIMEOUT_S, CONNECT_TIMEOUT_COMPRESSION)}</p>}
    </>
  );
}
