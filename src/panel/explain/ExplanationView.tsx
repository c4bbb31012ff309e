import { useEffect, useRef } from 'react';
import { getExplanation } from '../../content/explanations';
import type { ElementId } from '../../sim/topology';
import { closeExplanation } from '../../store/actions';
import { InThisRequest } from './InThisRequest';
import { BrowserView } from './BrowserView';
import { SourceList } from '../SourceList';

/** Everything the panel says about one component or link: role, live figures, facts, a myth, sources. */
export default function ExplanationView({ id }: { id: ElementId }) {
  const e = getExplanation(id)!;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // Keyboard and screen-reader users land on the heading: when it opened from the diagram, or when the
    // control that opened it (in the panel) has just disappeared.
    const active = document.activeElement;
    if (!active || active === document.body || active.closest('.react-flow__node, .link-label, .side-panel')) heading.current?.focus();
  }, [id]);
  return (
    <article className="explanation" aria-labelledby="explanation-title">
      <div className="explanation__head">
        <h2 id="explanation-title" ref={heading} tabIndex={-1}>
          {e.title}
        </h2>
        <button type="button" className="btn btn--small" onClick={closeExplanation} aria-label={`Close the explanation of ${e.title}`} aria-keyshortcuts="Escape">
          Close
        </button>
      </div>
      <ul className="chips" aria-label="Key facts">
        {e.keyFacts.map((f) => (
          <li key={f} className="chip">
            {f}
          </li>
        ))}
      </ul>
      <p>{e.role}</p>
      {e.quote && (
        <blockquote className="quote">
          <p>“{e.quote.text}”</p>
          <footer>— {e.quote.credit}</footer>
        </blockquote>
      )}
      <h3>In this request</h3>
      <InThisRequest id={id} />
      {id === 'browser' && <BrowserView />}
      <h3>Good to know</h3>
      <ul>
        {e.goodToKnow.map((g) => (
          <li key={g}>{g}</li>
        ))}
      </ul>
      {e.misconception && (
        <div className="callout">
          <p>
            <strong>Common misconception:</strong> “{e.misconception.myth}”
          </p>
          <p>
            <strong>In fact:</strong> {e.misconception.fact}
          </p>
        </div>
      )}
      <h3>Sources</h3>
      <SourceList sources={e.sources} />
    </article>
  );
}
