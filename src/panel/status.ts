/** A part's status as a word the learner reads ("up", « en service »): the model's own value in English. */
import type { ComponentStatus } from '../sim/types';
import { t } from '../i18n/t';

export function statusWord(status: ComponentStatus): string {
  switch (status) {
    case 'up':
      return t('up');
    case 'down':
      return t('down');
    case 'restarting':
      return t('restarting');
    case 'reloading':
      return t('reloading');
    case 'slow':
      return t('slow');
  }
  return status;
}
