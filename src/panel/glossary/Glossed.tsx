import type { TextPart } from '../../content/glossary';
import { Term } from './Term';

/** One text with its marked terms (from `markTerms`) turned into definitions the learner can open. */
export function Glossed({ parts }: { parts: readonly TextPart[] }) {
  return (
    <>
      {parts.map((part, i) =>
        typeof part === 'string' ? part : <Term key={i} id={part.term} text={part.text} />,
      )}
    </>
  );
}
