import { useId, useState } from 'react';
import { NINES } from '../../content/failures';
import { t } from '../../i18n/t';
import { percent } from '../format';
import { deployCost, hoursText, matchingNinesIndex } from './arithmetic';
import { rich } from '../rich';
import { NinesTable } from './NinesTable';

/** What deploying with a gap costs over a year, and where that sits among the nines. */
export function DeployArithmetic() {
  const [perDay, setPerDay] = useState('1');
  const [secondsEach, setSecondsEach] = useState('30');
  const perDayId = useId();
  const secondsId = useId();
  const cost = deployCost(perDay, secondsEach);
  const match = cost.ok ? matchingNinesIndex(NINES, cost.availability) : -1;
  return (
    <div className="failures__arithmetic">
      <h4>{t('The deploy arithmetic')}</h4>
      <p className="muted">{t('If every deploy makes the site unavailable for a while, the gaps add up over a year.')}</p>
      <div className="failures__inputs">
        <label htmlFor={perDayId}>{t('Deploys per day')}</label>
        <input id={perDayId} type="number" min={0} step={1} inputMode="decimal" value={perDay} onChange={(e) => setPerDay(e.currentTarget.value)} />
        <label htmlFor={secondsId}>{t('Seconds of downtime each')}</label>
        <input id={secondsId} type="number" min={0} step={1} inputMode="decimal" value={secondsEach} onChange={(e) => setSecondsEach(e.currentTarget.value)} />
      </div>
      <output className="failures__result" htmlFor={`${perDayId} ${secondsId}`}>
        {cost.ok ? (
          rich(match === -1 ? t('{hours}, {availability} availability — below 99 %, not even two nines') : t('{hours}, {availability} availability'), {
            hours: <strong>{hoursText(cost.hoursPerYear)}</strong>,
            availability: <strong>{percent(cost.availability)}</strong>,
          })
        ) : (
          cost.message
        )}
      </output>
      <NinesTable match={match} />
    </div>
  );
}
