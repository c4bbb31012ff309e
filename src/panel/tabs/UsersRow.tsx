import { memo, useId } from 'react';
import type { BrowserTab } from '../../playback/browserTabs';
import { useUi, type UiState } from '../../store/ui';
import { TabMarkIcon } from './TabMarkIcon';
import { tabShort } from './tabShort';
import { t } from '../../i18n/t';

const selectUsers = (s: UiState) => s.live.users;

/** Traffic mode: ten of the users, each a small browser showing ✓, a spinner or its error, so a failure reads as people. */
const UsersRow = memo(function UsersRow({ failingAfterS }: { failingAfterS: number }) {
  const users = useUi(selectUsers);
  const headId = useId();
  if (users.length === 0) return null;
  return (
    <div className="users">
      <p className="users__head" id={headId}>
        <strong>{t('{n} of the users', { n: users.length })}</strong>{' '}
        <span className="users__rule">{t('failing (dashed): > {s} s or re-sending', { s: failingAfterS })}</span>
      </p>
      <ul className="users__list" aria-labelledby={headId}>
        {users.map((tab, i) => (
          <UserTile key={i} n={i + 1} tab={tab} />
        ))}
      </ul>
    </div>
  );
});

function UserTile({ n, tab }: { n: number; tab: BrowserTab }) {
  const line = tabShort(tab);
  return (
    <li className="user-tab" data-tone={line.tone}>
      <span className="visually-hidden">
        {t('User {n}:', { n })} {tab.state === 'failing' ? t('failing, waiting') : tab.state === 'loading' ? t('waiting') : ''}{' '}
      </span>
      <TabMarkIcon mark={line.mark} />
      <span className="user-tab__text">{line.text}</span>
    </li>
  );
}

export default UsersRow;
