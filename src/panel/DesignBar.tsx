import { useId, useState } from 'react';
import { designFixes, designName } from '../playback/designConfig';
import { t } from '../i18n/t';
import type { Design, DesignFault } from '../playback/snapshot';
import { setSpof } from '../store/actions';
import { deployCode, setBalance, setDesign, setFault } from '../store/designActions';
import { useUi, type UiState } from '../store/ui';
import { ScaleControls } from './ScaleControls';
import { statusWord } from './status';

const selectSpof = (s: UiState) => s.spof;
const selectServer1 = (s: UiState) => s.live.parts?.['server-1']?.status ?? 'up';
const selectFaults = (s: UiState) => s.faults;
const selectDeploying = (s: UiState) => s.live.deploying;

/**
 * Above the diagram of a fixed design: what is playing, the choices that change it (servers, a pair of
 * balancers, a replica), server 1's switch and the way back to the one-server stack. Each change
 * starts the same seeded traffic again on the new design.
 */
export function DesignBar({ design }: { design: Design }) {
  const spof = useUi(selectSpof);
  const server1 = useUi(selectServer1);
  const faults = useUi(selectFaults);
  const deploying = useUi(selectDeploying);
  const id = useId();
  // Open only where there is room to spare: at 1280×800 and smaller the diagram keeps its height (and
  // its widest arrangement) until the learner opens the choices.
  const [open] = useState(() => !useUi.getState().embed && typeof matchMedia === 'function' && matchMedia('(min-width: 1101px) and (min-height: 960px)').matches);
  const change = (patch: Partial<Design>) => {
    const next = { ...design, ...patch };
    setDesign(designFixes(next), next.servers);
  };
  return (
    <div className="design-bar">
      <details className="design-bar__details" open={open}>
        <summary id={`${id}-name`} className="design-bar__name">
          <strong>{t('Fixed design:')}</strong> {designName(design)} <span className="muted design-bar__hint">{t('(change it, break it)')}</span>
        </summary>
      <div className="design-bar__row" role="group" aria-labelledby={`${id}-name`}>
        <label className="design-bar__choice">
          {t('Servers')}{' '}
          <select value={design.servers} onChange={(e) => change({ servers: Number(e.currentTarget.value) as Design['servers'] })}>
            {[2, 3, 4].map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
        <label className="design-bar__choice">
          <input type="checkbox" checked={design.pair} onChange={(e) => change({ pair: e.currentTarget.checked })} /> {t('Pair of balancers')}
        </label>
        <label className="design-bar__choice">
          <input type="checkbox" checked={design.replica} onChange={(e) => change({ replica: e.currentTarget.checked })} /> {t('MySQL replica')}
        </label>
        <label className="design-bar__choice">
          {t('Balance')}{' '}
          <select value={design.balance} onChange={(e) => setBalance(e.currentTarget.value === 'leastconn' ? 'leastconn' : 'roundrobin')}>
            <option value="roundrobin">{t('round robin')}</option>
            <option value="leastconn">{t('least connections')}</option>
          </select>
        </label>
        <ScaleControls />
        <label className="design-bar__choice">
          <input type="checkbox" checked={design.rolling} onChange={(e) => change({ rolling: e.currentTarget.checked })} /> {t('Rolling deploys')}
        </label>
      </div>
      <div className="design-bar__row" role="group" aria-labelledby={`${id}-break`}>
        <strong id={`${id}-break`}>{t('Break it:')}</strong>
        <label className="design-bar__choice design-bar__fault">
          <input type="checkbox" role="switch" aria-checked={spof} checked={spof} onChange={(e) => setSpof(e.currentTarget.checked)} /> {t('Server 1 down')}
          {spof && <span className="design-bar__state"> ({statusWord(server1)})</span>}
        </label>
        <FaultSwitch kind="lb-down" on={faults.includes('lb-down')} label={design.pair ? t('Active balancer down') : t('Balancer down')} />
        <FaultSwitch kind="db-down" on={faults.includes('db-down')} label={design.replica ? t('Primary MySQL down') : t('MySQL down')} />
        {design.replica && <FaultSwitch kind="replica-down" on={faults.includes('replica-down')} label={t('Replica down')} />}
        <button type="button" className="btn" onClick={deployCode} disabled={deploying}>
          {deploying ? t('Deploying…') : t('Deploy new code')}
        </button>
      </div>
      </details>
      <button type="button" className="btn design-bar__back" onClick={() => setDesign([], null)}>
        {t('Back to one server')}
      </button>
    </div>
  );
}

function FaultSwitch({ kind, on, label }: { kind: DesignFault; on: boolean; label: string }) {
  return (
    <label className="design-bar__choice design-bar__fault">
      <input type="checkbox" role="switch" aria-checked={on} checked={on} onChange={(e) => setFault(kind, e.currentTarget.checked)} /> {label}
    </label>
  );
}
