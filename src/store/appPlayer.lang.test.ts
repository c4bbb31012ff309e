import { afterEach, expect, it } from 'vitest';
import { FR } from '../i18n/fr';
import { setCatalog } from '../i18n/t';
import { getPlayer } from './appPlayer';
import { useUi } from './ui';

afterEach(() => setCatalog('en', null));

it('says the caption shown again in the new language when the language changes, without a step', () => {
  const player = getPlayer();
  player.stepForward();
  player.stepForward();
  const english = useUi.getState().live.caption;
  expect(english).toMatch(/^The operating system’s DNS cache/);
  setCatalog('fr', FR);
  expect(useUi.getState().live.caption).toBe('Le cache DNS du système d’exploitation n’a rien non plus, alors la question part vers le résolveur récursif.');
  setCatalog('en', null);
  expect(useUi.getState().live.caption).toBe(english);
});
