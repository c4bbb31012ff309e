import { useEffect, useRef } from 'react';
import { WALKTHROUGH } from '../../content/walkthrough';
import { setWalkStep, setWalkthrough, showWalkStep } from '../../store/actions';
import { useUi, type UiState } from '../../store/ui';

const selectStep = (s: UiState) => s.walkStep;

/** "Walk me through it": the whole story in order, each step tied to the diagram and the journey. */
export default function Walkthrough() {
  const index = useUi(selectStep);
  const step = WALKTHROUGH[index] ?? WALKTHROUGH[0]!;
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  useEffect(() => {
    showWalkStep(index, step.highlight, step.anchor);
    // Focus the new step's heading after it renders, so a screen reader reads the new title.
    if (moved.current) heading.current?.focus();
    moved.current = false;
  }, [index, step]);
  const go = (i: number) => {
    moved.current = true;
    setWalkStep(i);
  };
  return (
    <section className="walkthrough" aria-labelledby="walk-title">
      <div className="explanation__head">
        <h2 id="walk-title">Walk me through it</h2>
        <button type="button" className="btn btn--small" onClick={() => setWalkthrough(false)}>
          Close
        </button>
      </div>
      <ol className="walk-steps">
        {WALKTHROUGH.map((s, i) => (
          <li key={s.id}>
            <button type="button" className="walk-steps__btn" aria-current={i === index ? 'step' : undefined} onClick={() => go(i)}>
              {i === index ? '▶ ' : ''}
              {s.title}
            </button>
          </li>
        ))}
      </ol>
      <h3 ref={heading} tabIndex={-1}>
        Step {index + 1} of {WALKTHROUGH.length}: {step.title}
      </h3>
      <p>{step.text}</p>
      <div className="walk-nav">
        <button type="button" className="btn" disabled={index === 0} onClick={() => go(index - 1)}>
          Previous step
        </button>
        <button type="button" className="btn btn--primary" disabled={index === WALKTHROUGH.length - 1} onClick={() => go(index + 1)}>
          Next step
        </button>
      </div>
    </section>
  );
}
