import { setHelpOpen } from '../store/actions';
import { Dialog } from './Dialog';
import { SHORTCUTS } from './shortcutList';
import { t, tx } from '../i18n/t';

/** Keyboard shortcuts and how to read the diagram. Loaded on demand. */
export default function HelpDialog() {
  return (
    <Dialog title={t('Keyboard shortcuts and help')} onClose={() => setHelpOpen(false)}>
      <table className="shortcuts">
        <caption className="visually-hidden">{t('Keyboard shortcuts')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('Keys')}</th>
            <th scope="col">{t('What they do')}</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.label}>
              <td>
                {s.keys.map((k) => (
                  <kbd key={k}>{tx(k)}</kbd>
                ))}
              </td>
              <td>{tx(s.label)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('Reading the packets')}</h3>
      <ul className="legend-list">
        <li>
          <span className="legend-shape legend-shape--request" aria-hidden="true" /> {t('Circle: a request on its way to the server.')}
        </li>
        <li>
          <span className="legend-shape legend-shape--response" aria-hidden="true" /> {t('Diamond: a response on its way back.')}
        </li>
        <li>
          <span className="legend-shape legend-shape--refused" aria-hidden="true" /> {t('Bar: a refused connection (a TCP reset).')}
        </li>
        <li>
          <span className="legend-shape legend-shape--lost" aria-hidden="true" /> {t('Cross: a packet nobody answered, lost where it faded.')}
        </li>
      </ul>
      <p>
        {t('Everything you see is computed by a seeded simulation of the stack: the same link with the same seed shows the same traffic.')}{' '}
        {t('With reduced motion on, packets do not glide; the links and components of each step light up instead.')}
      </p>
    </Dialog>
  );
}
