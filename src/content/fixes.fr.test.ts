/** The fixes area in French: durations and the nines table, a fix card, an issue, a scene and the QPS note. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FR } from '../i18n/fr';
import { setCatalog } from '../i18n/t';
import { localize } from '../i18n/localize';
import { DEPLOY_METHODS, FAILURE_EXPLANATIONS, NINES, formatDuration } from './failures';
import { FIXES } from './fixes';
import { QPS_NOTE } from './qps';
import { SCENES } from './scenes';

const NBSP = '\u00a0';
const row = (availability: number) => NINES.find((r) => r.availability === availability)!;

beforeEach(() => setCatalog('fr', FR));
afterEach(() => setCatalog('en', null));

describe('durations in French', () => {
  it('spell the unit out, singular below 2 as French counts, with a decimal comma', () => {
    expect(formatDuration(0)).toBe(`0${NBSP}seconde`);
    expect(formatDuration(30)).toBe(`30${NBSP}secondes`);
    expect(formatDuration(90)).toBe(`1,5${NBSP}minute`);
    expect(formatDuration(7200)).toBe(`2${NBSP}heures`);
    expect(formatDuration(86_400 * 2)).toBe(`2${NBSP}jours`);
  });

  it('fill the nines table, and follow the language when it changes', () => {
    expect(row(99.9)).toMatchObject({ label: '99,9\u202f%', perYear: `8,76${NBSP}heures`, perMonth: `43,2${NBSP}minutes`, perDay: `1,44${NBSP}minute` });
    expect(row(99.99)).toMatchObject({ perYear: `52,6${NBSP}minutes`, perDay: `8,64${NBSP}secondes` });
    expect(row(99)).toMatchObject({ label: '99\u202f%', perYear: `3,65${NBSP}jours` });
    setCatalog('en', null);
    expect(row(99.9)).toMatchObject({ label: '99.9%', perYear: '8.76 h', perDay: '1.44 min' });
  });
});

describe('content in French', () => {
  it('gives a fix card its French and keeps its ids, verdicts, sources and quote', () => {
    const lb = localize(FIXES.lb);
    expect(lb.title).toBe('Un deuxième serveur derrière un répartiteur de charge');
    expect(lb.newWeakness).toMatch(/^Le répartiteur de charge est désormais le point de défaillance unique/);
    expect(lb.misconceptions[0]).toMatchObject({ myth: 'Le tourniquet (round-robin), c’est de l’actif–actif.', verdict: 'incomplete' });
    expect(lb.points[0]).toBe('www.foobar.com pointe désormais vers HAProxy, qui transmet chaque requête à server-1 ou à server-2.');
    expect(lb.keyFacts).toContain('balance roundrobin');
    expect(lb.id).toBe('lb');
    expect(lb.solves).toEqual(['spof', 'scalability']);
    expect(lb.sources).toBe(FIXES.lb.sources);
    expect(lb.quote).toBe(FIXES.lb.quote);
  });

  it('gives the issues, the deploy choices and the scenes their French; status lines stay as they are', () => {
    expect(localize(FAILURE_EXPLANATIONS.spof).title).toBe('Point de défaillance unique');
    const restart = localize(DEPLOY_METHODS['nginx-restart']);
    expect(restart).toMatchObject({ label: 'Redémarrer Nginx', command: 'systemctl restart nginx', symptom: 'ERR_CONNECTION_REFUSED' });
    expect(localize(DEPLOY_METHODS['nginx-reload']).symptom).toBe('Aucun\u202f: aucune requête n’est perdue');
    expect(localize(SCENES.scale)).toMatchObject({ label: 'Trop de trafic', title: 'Montée en charge limitée' });
  });

  it('writes the QPS note in French with the model’s figures', () => {
    const text = QPS_NOTE.capacity({ siteRps: 1200.4, appRps: 140.2, appWorkers: 9, cpuCores: 4, cpuLimitRps: 150 });
    expect(text).toMatch(/^Ce serveur unique peut accepter environ 1\u202f200 requêtes par seconde au total\./);
    expect(text).toContain('environ 140 pages par seconde, car chacun de ses 9 workers');
    expect(text).toContain('les 4 cœurs de processeur');
    expect(text).toContain('au plus environ 150 pages par seconde');
  });
});
