import { useEffect, useRef, useState } from 'react';
import { useUi, type UiState } from '../store/ui';
import { tx } from '../i18n/t';

const selectCaption = (s: UiState) => s.live.caption;

/** One sentence about what is happening now, under the diagram. */
export function Caption() {
  const caption = useUi(selectCaption);
  return (
    <div className="caption">
      <p className="caption__text" data-testid="caption">
        {tx(caption)}
      </p>
      <Narrator />
    </div>
  );
}

/** Traffic mode narrates a summary at most this often (wall seconds). */
const TRAFFIC_SUMMARY_EVERY_MS = 8000;

/**
 * The polite live region: one announcement per journey step, a summary every few seconds of traffic,
 * and each state change once.
 */
function Narrator() {
  const [text, setText] = useState('');
  const lastSummary = useRef(0);
  useEffect(() => {
    let lastAnnouncement = 0;
    let lastKey = '';
    return useUi.subscribe((s, prev) => {
      if (s.announcement && s.announcement.id !== lastAnnouncement) {
        lastAnnouncement = s.announcement.id;
        lastSummary.current = performance.now();
        setText(s.announcement.text);
        return;
      }
      if (s.mode === 'journey') {
        if (!s.live.current || s.live.caption === prev.live.caption && s.live.stepIndex === prev.live.stepIndex) return;
        const key = `${s.live.stepIndex}|${s.live.caption}`;
        if (key === lastKey) return;
        lastKey = key;
        setText(tx(s.live.caption));
        return;
      }
      const now = performance.now();
      const due = now - lastSummary.current > TRAFFIC_SUMMARY_EVERY_MS;
      if ((s.playing && due) || (!s.playing && s.live.caption !== prev.live.caption)) {
        lastSummary.current = now;
        setText(tx(s.live.caption));
      }
    });
  }, []);
  return (
    <div className="visually-hidden" role="log" aria-live="polite" data-testid="narration">
      {text}
    </div>
  );
}
