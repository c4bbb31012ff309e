import { useId, useState } from 'react';
import { GLOSSARY, type GlossaryId } from '../../content/glossary';
import { tx } from '../../i18n/t';
import '../../styles/glossary.css';

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
        aria-label={`${text}: ${open ? 'hide' : 'show'} definition`}
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
