/** The address read with its notices in words: for tests and the views that load later (a design sent from outside). */
import { readUrlState, type UrlState } from './params';
import { noticeText } from './noticeText';

/**
 * Reads `location.search` (with or without the leading `?`). Never throws. See {@link readUrlState}; each
 * notice here is one short plain-text sentence in the current language.
 */
export function parseUrlState(search: string): { state: UrlState; notices: string[] } {
  const { state, notes } = readUrlState(search);
  return { state, notices: notes.map(noticeText) };
}
