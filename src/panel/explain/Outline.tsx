import { COMPONENTS, linksOf, type Component } from '../../sim/topology';
import { select } from '../../store/actions';
import { t, tx } from '../../i18n/t';

const roots = COMPONENTS.filter((c) => !c.parent);
const childrenOf = (id: string) => COMPONENTS.filter((c) => c.parent === id);

/**
 * The diagram as a nested list a screen reader can walk: each component with its role and its links;
 * every name opens its explanation.
 */
export function Outline() {
  return (
    <nav className="outline" aria-label={t('Components and links')}>
      <ul>
        {roots.map((c) => (
          <OutlineItem key={c.id} c={c} />
        ))}
      </ul>
    </nav>
  );
}

function OutlineItem({ c }: { c: Component }) {
  const kids = childrenOf(c.id);
  const links = kids.length ? [] : linksOf(c.id);
  return (
    <li>
      <button type="button" className="linkish" onClick={() => select(c.id)}>
        {tx(c.accessibleName)}
      </button>
      {/* On its own line under the name: the list's bullet then sits beside the name's first line. */}
      <span className="muted outline__detail">
        <span className="visually-hidden"> — </span>
        {tx(c.detail)}
      </span>
      {links.length > 0 && (
        <ul aria-label={t('Links of {name}', { name: tx(c.label) })}>
          {links.map((l) => (
            <li key={l.id}>
              <button type="button" className="linkish" onClick={() => select(l.id)}>
                {tx(l.accessibleName.replace(/^Link: /, ''))}
              </button>
            </li>
          ))}
        </ul>
      )}
      {kids.length > 0 && (
        <ul aria-label={t('Inside {name}', { name: tx(c.label) })}>
          {kids.map((k) => (
            <OutlineItem key={k.id} c={k} />
          ))}
        </ul>
      )}
    </li>
  );
}
