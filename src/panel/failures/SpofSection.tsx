import { useId, type ReactNode } from 'react';
import { FAILURE_EXPLANATIONS } from '../../content/failures';
import { tx } from '../../i18n/t';
import { setSpof } from '../../store/actions';
import { CONNECT_TIMEOUT_COMPRESSION, REAL_CONNECT_TIMEOUT_S } from '../../playback/traffic';
import { useUi, type UiState } from '../../store/ui';
import { DNS_STILL_ANSWERS, compressedWaitText } from './copy';
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
  return tab.state === 'done' ? tab.symptom : tab.state === 'idle' ? null : `waiting ${Math.floor(tab.seconds)} s…`;
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
        <SceneChart what="pages served and arriving per second">
          <ThroughputChart />
        </SceneChart>
      }
      more={
        <>
          <p>{DNS_STILL_ANSWERS}</p>
          <p>
            <strong>What the user sees: </strong>
            {tx(issue.userSees)}
          </p>
          {mode === 'journey' && <p className="failures__note">Following one request, the model keeps the real wait: about {REAL_CONNECT_TIMEOUT_S} s of simulated time.</p>}
          <IssueWhy issue={issue} withSymptoms={false} />
          <p>
            <strong>What the operator sees: </strong>
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
        <label htmlFor={switchId}>{fixed ? 'Server 1 goes down (the fixed design)' : tx(issue.switchLabel)}</label>
        <span className="failures__state" data-on={on || undefined}>
          {on ? 'On' : 'Off'}
        </span>
      </div>
      {on && (
        <p className="failures__status">
          {fixed ? 'Server 1' : 'Server'}: <strong>{server}</strong>
          {lastSymptom && (
            <>
              {' · '}your last request: <code>{lastSymptom}</code>
            </>
          )}
        </p>
      )}
      {on && mode === 'traffic' && !fixed && <p className="failures__note">{compressedWaitText(REAL_CONNECT_TIMEOUT_S, CONNECT_TIMEOUT_COMPRESSION)}</p>}
    </>
  );
}
