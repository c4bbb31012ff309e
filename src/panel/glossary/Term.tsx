import { useId, useState } from 'react';
import { GLOSSARY, type GlossaryId } from '../../content/glossary';
import '../../styles/glossary.css';
import { t, tx } from '../../i18n/t';

/**
 * A jargon word that opens its definition in place: a button (keyboard and screen readers reach it)
 * that shows or hides one sentence right after the word.
 */
export function Term({ id, text }: { id: GlossaryId; text: string }) {
  const [open, setOpen] = useState(false);
  const definitionId = useId();
  const entry = GLOSSARY[id];
  return (
    <>
      <button
        type="button"
        className="term"
        aria-expanded={open}
        aria-controls={definitionId}
        aria-label={open ? t('{term}: hide definition', { term: text }) : t('{term}: show definition', { term: text })}
        onClick={() => setOpen((o) => !o)}
      >
        {text}
      </button>
      <span id={definitionId} className="term__definition" hidden={!open}>
        {' '}
        ({tx(entry.definition)})
      </span>
    </>
  );
}
