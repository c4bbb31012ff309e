import { localize } from '../../i18n/localize';
import { t } from '../../i18n/t';
import { MODEL_ASSUMPTIONS } from '../../sim';

/** What the model simplifies or assumes (CPU share, shared cores, connection pool, Linux timeouts), said on screen. */
export function ModelAssumptions() {
  return (
    <div className="model-assumptions">
      <p>
        <strong>{t('What the model assumes')}</strong>
      </p>
      <ul>
        {localize(MODEL_ASSUMPTIONS).map((a) => (
          <li key={a.id}>{a.text}</li>
        ))}
      </ul>
    </div>
  );
}
