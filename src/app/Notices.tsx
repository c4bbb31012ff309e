import { t } from '../i18n/t';
import { dismissNotice } from '../store/actions';
import { useUi, type UiState } from '../store/ui';

const selectNotices = (s: UiState) => s.notices;

/** Short notices about input that was corrected or ignored (a bad link, a bad message). Text only. */
export function Notices() {
  const notices = useUi(selectNotices);
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((n) => (
        <p key={n} className="notice">
          <span>{n}</span>
          <button type="button" className="btn btn--small" onClick={() => dismissNotice(n)} aria-label={t('Dismiss notice: {notice}', { notice: n })}>
            ✕
          </button>
        </p>
      ))}
    </div>
  );
}
