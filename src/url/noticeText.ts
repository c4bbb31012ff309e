/** The words of the address's notices, in the current language; loaded only when a notice is shown. */
import { t, tn } from '../i18n/t';
import type { Notice, NoticeCode, NoticeVars } from './notice';

type Vars = Record<string, string | number>;
const TEXT: Record<NoticeCode, (v: Vars) => string> = {
  nan: (v) => t('{key} {value} is not a number; ignored.', v),
  whole: (v) => t('{key} {value} is not a whole number; ignored.', v),
  above: (v) => t('{key} {value} is above the maximum {max}; using {max}.', v),
  below: (v) => t('{key} {value} is below the minimum {min}; using {min}.', v),
  choice: (v) => t('{key} {value} is not one of {list}; ignored.', v),
  select: (v) => t('select {value} is not a known component or link; ignored.', v),
  fixes: (v) => t('fixes {value} is not a list of {list}; ignored.', v),
  lang: (v) => t('lang {value} is not one of {list}; ignored.', v),
  late: (v) => t('t {value} is above the maximum {max} at rps {rps}.', v),
  rehearse: (v) => t('rehearse is for the whole tool, not a scene alone (scene={scene}); ignored.', v),
  lb: () => t('failure lb takes a load balancer down: add fixes=lb; ignored.'),
  unreadable: () => t('The address could not be read; using the defaults.'),
  origins: (v) => t('{n} origin values given; only the first {max} were read.', v),
  origin: (v) => t('origin {value} is not an origin like https://example.org; ignored.', v),
  moreOrigins: (v) => tn(Number(v.n), { one: '{n} more bad origin value ignored.', other: '{n} more bad origin values ignored.' }),
  manyOrigins: (v) => t('only the first {max} origins are used.', v),
};

export function noticeText({ code, vars }: Notice): string {
  return TEXT[code](Object.fromEntries(Object.entries(vars as NoticeVars).map(([k, x]) => [k, String(x)])));
}
