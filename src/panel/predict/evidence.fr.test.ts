/** The deploy method named inside the evidence sentence: French keeps its capitals after the first letter. */
import { afterEach, expect, it } from 'vitest';
import { FR } from '../../i18n/fr';
import { setCatalog } from '../../i18n/t';
import { INITIAL_UI } from '../../store/ui';
import { sceneEvidence } from './evidence';

afterEach(() => setCatalog('en', null));

const base = { spof: false, rps: 20, live: { ...INITIAL_UI.live, simTime: 10 } };
const watch = { since: 0, overCapacitySince: null };

it('names the deploy method in the current language', () => {
  const restart = { ...base, deploys: [{ method: 'nginx-restart' as const, start: 5, end: 9 }] };
  expect(sceneEvidence('deploy', restart, watch)).toContain('(restart nginx)');
  setCatalog('fr', FR);
  expect(sceneEvidence('deploy', restart, watch)).toContain('(redémarrer Nginx)');
  const app = { ...base, deploys: [{ method: 'app-restart' as const, start: 5, end: 9 }] };
  expect(sceneEvidence('deploy', app, watch)).toContain('(redémarrer le serveur d’applications)');
});
