import { markTerms } from '../../content/glossary';
import { QPS_NOTE } from '../../content/qps';
import { Glossed } from '../glossary/Glossed';
import { MODEL_CAPACITY } from './capacity';

const [intro, capacity] = markTerms([QPS_NOTE.text, QPS_NOTE.capacity(MODEL_CAPACITY)]);

/** Beside the traffic slider: what QPS means, what this server can take, and why. */
export function QpsNote() {
  return (
    <div className="qps-note">
      <p>
        <Glossed parts={intro!} />
      </p>
      <p className="muted">
        <Glossed parts={capacity!} />
      </p>
    </div>
  );
}
