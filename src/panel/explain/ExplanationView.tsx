import { useEffect, useMemo, useRef } from 'react';
import { getExplanation } from '../../content/explanations';
import { markTerms, type TextPart } from '../../content/glossary';
import type { Explanation, Misconception } from '../../content/types';
import { localize } from '../../i18n/localize';
import { isElementId } from '../../sim/topology';
import { closeExplanation } from '../useReturnFocus';
import { Glossed } from '../glossary/Glossed';
import { InThisRequest } from './InThisRequest';
import { BrowserView } from './BrowserView';
import { SourceList } from '../SourceList';
import { t } from '../../i18n/t';
import { rich } from '../rich';
import '../../styles/explanation.css';

/** Every text of a card in reading order, so the first use of a term is the one that gets defined. */
function cardTexts(e: Explanation): string[] {
  return [...e.points, ...(e.misconceptions ?? []).flatMap((m) => [m.myth, m.fact]), e.role, ...e.goodToKnow];
}

function MisconceptionCallout({ m, myth, fact }: { m: Misconception; myth: readonly TextPart[]; fact: readonly TextPart[] }) {
  return (
    <div className="callout">
      <p>
        <strong>{m.verdict === 'incomplete' ? t('Half an answer:') : t('Common misconception:')}</strong> {rich(t('“{myth}”'), { myth: <Glossed parts={myth} /> })}
      </p>
      <p>
        <strong>{t('In fact:')}</strong> <Glossed parts={fact} />
      </p>
    </div>
  );
}

/**
 * What the panel says about one component, link or topic: up to three short points and the most
 * common misconception first; the role, the details, the other misconceptions and the sources under "More".
 */
export default function ExplanationView({ id }: { id: string }) {
  const e = localize(getExplanation(id)!);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // Keyboard and screen-reader users land on the heading: when it opened from the diagram, or when the
    // control that opened it (in the panel) has just disappeared.
    const active = document.activeElement;
    if (!active || active === document.body || active.closest('.react-flow__node, .link-label, .side-panel')) heading.current?.focus();
  }, [id]);
  const marked = useMemo(() => markTerms(cardTexts(e)), [e]);
  const misconceptions = e.misconceptions ?? [];
  let at = 0;
  const next = () => marked[at++]!;
  const points = e.points.map(next);
  const myths = misconceptions.map((m) => ({ m, myth: next(), fact: next() }));
  const role = next();
  const facts = e.goodToKnow.map(next);
  const [first, ...others] = myths;
  return (
    <article className="explanation" aria-labelledby="explanation-title">
      <div className="explanation__head">
        <h2 id="explanation-title" ref={heading} tabIndex={-1}>
          {e.title}
        </h2>
        <button type="button" className="btn btn--small" onClick={closeExplanation} aria-label={t('Close the explanation of {title}', { title: e.title })} aria-keyshortcuts="Escape">
          {t('Close')}
        </button>
      </div>
      <ul className="chips" aria-label={t('Key facts')}>
        {e.keyFacts.map((f) => (
          <li key={f} className="chip">
            {f}
          </li>
        ))}
      </ul>
      <ul className="explanation__points" aria-label={t('In short')}>
        {points.map((p, i) => (
          <li key={e.points[i]}>
            <Glossed parts={p} />
          </li>
        ))}
      </ul>
      {first && <MisconceptionCallout {...first} />}
      {isElementId(id) && (
        <>
          <h3>{t('In this request')}</h3>
          <InThisRequest id={id} />
        </>
      )}
      {id === 'browser' && <BrowserView />}
      <details className="explanation__more">
        <summary>{t('More about {title}', { title: e.title })}</summary>
        <p>
          <Glossed parts={role} />
        </p>
        {e.quote && (
          <blockquote className="quote" lang="en">
            <p>“{e.quote.text}”</p>
            <footer>— {e.quote.credit}</footer>
          </blockquote>
        )}
        <h3>{t('Good to know')}</h3>
        <ul>
          {facts.map((g, i) => (
            <li key={e.goodToKnow[i]}>
              <Glossed parts={g} />
            </li>
          ))}
        </ul>
        {others.map((o) => (
          <MisconceptionCallout key={o.m.myth} {...o} />
        ))}
        <h3>{t('Sources')}</h3>
        <SourceList sources={e.sources} />
      </details>
    </article>
  );
}
