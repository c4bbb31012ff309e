import { NINES } from '../../content/failures';
import { t } from '../../i18n/t';

/** The nines table, with the row the learner's deploys fall into marked in bold and with a text marker. */
export function NinesTable({ match }: { match: number }) {
  return (
    <table className="failures__nines">
      <caption>{t('Allowed downtime for each level of availability (365-day year, 30-day month)')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('Availability')}</th>
          <th scope="col">{t('Per year')}</th>
          <th scope="col">{t('Per month')}</th>
          <th scope="col">{t('Per day')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('Your deploys')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {NINES.map((row, i) => (
          <tr key={row.label} className={i === match ? 'is-match' : undefined}>
            <th scope="row">{row.label}</th>
            <td>{row.perYear}</td>
            <td>{row.perMonth}</td>
            <td>{row.perDay}</td>
            <td>{i === match ? t('◀ your deploys') : ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
