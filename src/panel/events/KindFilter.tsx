import { tx, t } from '../../i18n/t';
import { EVENT_CATEGORIES, toggleCategory, type EventCategory } from './filter';

interface Props {
  shown: ReadonlySet<EventCategory>;
  onChange: (shown: ReadonlySet<EventCategory>) => void;
}

/** One checkbox per kind of event, like a capture tool's display filter. */
export function KindFilter({ shown, onChange }: Props) {
  return (
    <fieldset className="events-filter">
      <legend>{t('Show events')}</legend>
      <ul className="events-filter__list">
        {EVENT_CATEGORIES.map((c) => (
          <li key={c.id}>
            <label className="events-filter__option">
              <input type="checkbox" checked={shown.has(c.id)} onChange={(e) => onChange(toggleCategory(shown, c.id, e.target.checked))} />
              {tx(c.label)}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
