import type { ElementId } from '../../sim/topology';
import { useUi, type UiState } from '../../store/ui';
import { inThisRequest } from './inThisRequest';
import { t } from '../../i18n/t';

const selectLive = (s: UiState) => s.live;

/** Live figures for one component at the current point of the playback. */
export function InThisRequest({ id }: { id: ElementId }) {
  const live = useUi(selectLive);
  const { now, rows } = inThisRequest(id, live);
  return (
    <div className="in-this-request">
      <p className={now ? 'now' : 'muted'}>{now ?? t('Not involved in the step shown now. Press Play or step through the journey to see it at work.')}</p>
      {rows.length > 0 && (
        <dl className="live-figures">
          {rows.map(([label, value]) => (
            <div key={label} className="live-figures__row">
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}
