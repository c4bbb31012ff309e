// @vitest-environment happy-dom
/** The "Break it" tab in French: its words, its plurals (0 and 1 are singular in French) and its figures (decimal comma). */
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FR } from '../../i18n/fr';
import { setCatalog } from '../../i18n/t';
import type { DesignResult } from '../../playback/compare/replay';
import { aMetrics, aSeriesPoint } from '../../sim/testkit';
import { INITIAL_UI, useUi } from '../../store/ui';
import { hoursText } from './arithmetic';
import { MODEL_CAPACITY, appFormula, siteFormula } from './capacity';
import { DeployArithmetic } from './DeployArithmetic';
import { DeployTimeline } from './DeployTimeline';
import { LittleLaw } from './LittleLaw';
import { LiveCharts } from './LiveCharts';
import { ModelAssumptions } from './ModelAssumptions';
import { rateValueText } from './rateScale';
import { takeaway } from './ReplayCompare';
import { SeriesTable } from './SeriesTable';
import { capacityFor } from './useCapacity';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

beforeEach(() => {
  setCatalog('fr', FR);
  useUi.setState(INITIAL_UI, true);
});
afterEach(() => {
  cleanup();
  setCatalog('en', null);
});

describe('plurals', () => {
  it('counts hours a year as French does: 0 and 1 singular, 2 plural, with a decimal comma', () => {
    expect(hoursText(0)).toBe(`0,00${NBSP}heure par an`);
    expect(hoursText(1)).toBe(`1,00${NBSP}heure par an`);
    expect(hoursText(1.5)).toBe(`1,50${NBSP}heure par an`);
    expect(hoursText(2)).toBe(`2,00${NBSP}heures par an`);
    expect(hoursText(30.41)).toBe(`30,4${NBSP}heures par an`);
    setCatalog('en', null);
    expect([hoursText(0), hoursText(1), hoursText(2)]).toEqual(['0.00 hours a year', '1.00 hour a year', '2.00 hours a year']);
  });

  it('counts the requests failed in the last maintenance window: 0, 1, 2', () => {
    const said = (errors: number) => {
      const series = Array.from({ length: 20 }, (_, i) => aSeriesPoint(i, { errors: i === 12 ? errors : 0 }));
      useUi.setState({ mode: 'traffic', deploys: [{ method: 'nginx-restart', start: 11.2, end: 13.2 }], live: { ...INITIAL_UI.live, series } });
      const { container, unmount } = render(<DeployTimeline />);
      const text = container.querySelector('.failures__window-count')!.textContent;
      unmount();
      return text;
    };
    // The method's name is the content's (translated with it), so only the sentence around it is checked.
    expect(said(0)).toMatch(new RegExp(`^0 requête a échoué pendant la dernière fenêtre de maintenance \\(.+, 11,2–13,2${NBSP}s\\)\\.$`));
    expect(said(1)).toMatch(/^1 requête a échoué pendant la dernière fenêtre/);
    expect(said(2)).toMatch(/^2 requêtes ont échoué pendant la dernière fenêtre/);
  });

  it('counts requests in flight in Little’s law: 0 and 1 singular, 2 plural; English keeps its own words', () => {
    const inFlight = (n: number) => {
      useUi.setState({ mode: 'traffic', live: { ...INITIAL_UI.live, metrics: aMetrics({ inFlight: n }) } });
      const { unmount } = render(<LittleLaw />);
      const text = screen.getByText('En cours (mesuré)').nextElementSibling!.textContent;
      unmount();
      return text;
    };
    expect([inFlight(0), inFlight(1), inFlight(2)]).toEqual(['0 requête', '1 requête', '2 requêtes']);
  });

  it('names a table’s last second and its last seconds', () => {
    const { container, rerender } = render(<SeriesTable caption="Latence" series={[aSeriesPoint(1)]} columns={[]} />);
    expect(container.querySelector('caption')).toHaveTextContent('Latence (dernière seconde)');
    rerender(<SeriesTable caption="Latence" series={[aSeriesPoint(1), aSeriesPoint(2)]} columns={[]} />);
    expect(container.querySelector('caption')).toHaveTextContent('Latence (2 dernières secondes)');
    expect(screen.getByRole('columnheader', { name: 'Temps (s)' })).toBeInTheDocument();
    expect(screen.getByText('Afficher sous forme de tableau')).toBeInTheDocument();
  });
});

describe('the deploy arithmetic and the nines table', () => {
  it('reads in French, with a decimal comma and a thin space before %', () => {
    render(<DeployArithmetic />);
    expect(screen.getByRole('heading', { name: 'Le calcul des déploiements' })).toBeInTheDocument();
    expect(screen.getByLabelText('Déploiements par jour')).toHaveValue(1);
    // Testing Library reads any run of spaces as one: the no-break spaces are checked on the strings above.
    expect(screen.getByRole('status')).toHaveTextContent('3,04 heures par an, soit une disponibilité de 99,965 %');
    const table = screen.getByRole('table', { name: /Temps d’indisponibilité permis pour chaque niveau de disponibilité/ });
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Disponibilité', 'Par an', 'Par mois', 'Par jour', 'Vos déploiements']);
    expect(within(table).getByText('◀ vos déploiements')).toBeInTheDocument();
  });
});

describe('the live charts', () => {
  /** 20 healthy seconds, then 10 with nothing served. */
  const outage = () =>
    Array.from({ length: 30 }, (_, i) => (i < 20 ? aSeriesPoint(i + 1) : aSeriesPoint(i + 1, { pagesServed: 0, filesServed: 0, throughput: 0, p50: NaN, p95: NaN })));

  it('captions, line labels, units and notes in French', () => {
    useUi.setState({ mode: 'traffic', live: { ...INITIAL_UI.live, series: outage() } });
    render(<LiveCharts />);
    const pages = screen.getByRole('img', { name: /^Pages par seconde \(requêtes dynamiques/ });
    expect(within(pages).getByText(`capacité applicative ${Math.round(MODEL_CAPACITY.appRps)} pages/s`)).toBeInTheDocument();
    expect(within(pages).getByText('arrivées')).toBeInTheDocument();
    expect(within(pages).getByText('temps (s)')).toBeInTheDocument();
    const latency = screen.getByRole('img', { name: /^Latence des pages réussies/ });
    expect(within(latency).getByText('aucune page réussie depuis 20 s')).toBeInTheDocument();
    const failures = screen.getByRole('img', { name: /^Échecs\s: en barres/ });
    expect(within(failures).getByText('bloquées')).toBeInTheDocument();
    expect(within(failures).getByText('requêtes')).toBeInTheDocument();
    // Nothing failed: the axis tops at 1, its middle tick a decimal written with a comma.
    expect(within(failures).getByText('0,5')).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Latence (20 dernières secondes)' })).toBeInTheDocument();
  });
});

describe('the traffic slider and the capacity formulas', () => {
  it('compare with capacity in French', () => {
    expect(rateValueText(20, 166.1)).toBe('20 requêtes par seconde (sous la capacité de 166)');
    expect(rateValueText(200, 166.1)).toBe('200 requêtes par seconde (au-dessus de la capacité de 166)');
  });

  it('write the formulas with French words, separators and decimals', () => {
    expect(appFormula(MODEL_CAPACITY)).toMatch(
      new RegExp(`^5${NBSP}workers ÷ 43${NBSP}ms ≈ 116${NBSP}req/s${NNBSP}; 2${NBSP}cœurs ÷ 20${NBSP}ms de CPU ≈ 100${NBSP}req/s${NNBSP}; ensemble ≈ \\d+${NBSP}req/s$`),
    );
    const small = appFormula(capacityFor(1, 1, 1));
    expect(small).toMatch(new RegExp(`^1${NBSP}worker ÷ `));
    expect(small).toContain(`; 1${NBSP}cœur ÷ `);
    expect(siteFormula(MODEL_CAPACITY)).toContain('÷ (1 − 0,3) ≈');
  });
});

describe('the replay takeaway', () => {
  const result = (id: string, succeeded: number, timeouts: number) =>
    ({ id, succeeded, late: 0, failed: { timeout: timeouts } }) as unknown as DesignResult;

  it('says each design against the one server in French, thousands grouped the French way', () => {
    const results = [result('one-server', 10_000, 1234), result('bigger-server', 36_000, 5), result('more-workers', 11_200, 0)];
    expect(takeaway(results)).toEqual([
      `Serveur plus puissant${NNBSP}: 3,6${NBSP}fois plus de pages servies à temps qu’avec un serveur${NNBSP}; échecs${NNBSP}: 5 au lieu de 1${NNBSP}234.`,
      `Plus de workers${NNBSP}: 12${NNBSP}% de pages servies à temps en plus par rapport à un serveur${NNBSP}; échecs${NNBSP}: 0 au lieu de 1${NNBSP}234.`,
    ]);
    setCatalog('en', null);
    expect(takeaway(results)[0]).toBe('Bigger server served 3.6 times as many pages in time as one server, with 5 failed instead of 1,234.');
  });
});

describe('the model’s assumptions', () => {
  it('are said in French, with the model’s own figures', () => {
    render(<ModelAssumptions />);
    expect(screen.getByText('Ce que le modèle suppose')).toBeInTheDocument();
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toHaveLength(4);
    expect(items[1]).toMatch(/^Les 2 cœurs de processeur sont partagés/);
    expect(items[3]).toContain(`abandonne après 131${NBSP}s`);
  });
});
