import { markTerms } from '../../content/glossary';
import { QPS_NOTE } from '../../content/qps';
import { tx } from '../../i18n/t';
import { Glossed } from '../glossary/Glossed';
import { MODEL_CAPACITY } from './capacity';

/** Beside the traffic slider: what QPS means, what this server can take, and why. */
export function QpsNote() {
  const [intro, capacity] = markTerms([tx(QPS_NOTE.text), QPS_NOTE.capacity(MODEL_CAPACITY)]);
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
