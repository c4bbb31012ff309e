import { NINES } from '../../content/failures';

/** The nines table, with the row the learner's deploys fall into marked in bold and with a text marker. */
export function NinesTable({ match }: { match: number }) {
  return (
    <table className="failures__nines">
      <caption>Allowed downtime for each level of availability (365-day year, 30-day month)</caption>
      <thead>
        <tr>
          <th scope="col">Availability</th>
          <th scope="col">Per year</th>
          <th scope="col">Per month</th>
          <th scope="col">Per day</th>
          <th scope="col">
            <span className="visually-hidden">Your deploys</span>
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
            <td>{i === match ? '◀ your deploys' : ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
