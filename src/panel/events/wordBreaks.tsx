import { Fragment, type ReactNode } from 'react';

/** Between a lower-case letter and a capital: where protocol names join words ("EncryptedExtensions"). */
const CAMEL_JOIN = /(?<=[a-z])(?=[A-Z])/;

/**
 * `text` with line-break opportunities (`<wbr>`) inside joined-up protocol names, so a narrow column
 * wraps "Encrypted‧Extensions" between its words rather than clipping it or breaking mid-word.
 */
export function withWordBreaks(text: string): ReactNode {
  const parts = text.split(CAMEL_JOIN);
  if (parts.length === 1) return text;
  return parts.map((part, i) => (
    <Fragment key={i}>
      {i > 0 && <wbr />}
      {part}
    </Fragment>
  ));
}
