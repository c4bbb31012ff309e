/**
 * Availability arithmetic for the issues panel: the "nines" table and what repeated deploys cost.
 * Pure functions; figures match content.md §5 (30-day month, 365-day year).
 */
import { currentLang } from '../i18n/t';
import { SOURCES as S } from './sources';
import type { Source } from './types';

/** Where the nines and the availability definitions come from. */
export const AVAILABILITY_SOURCES: Source[] = [S.googleCre];

const SECONDS_PER_DAY = 86_400;
const SECONDS_PER_MONTH = 30 * SECONDS_PER_DAY;
const SECONDS_PER_YEAR = 365 * SECONDS_PER_DAY;
const HOURS_PER_YEAR = SECONDS_PER_YEAR / 3600;

/** One row of the nines table. */
export interface NinesRow {
  /** Availability in percent, 99.9 for "three nines". */
  availability: number;
  /** `99.9%` (« 99,9 % »). The texts are worked out when read, so they follow the language. */
  readonly label: string;
  /** Allowed downtime, seconds. */
  perYearS: number;
  perMonthS: number;
  perDayS: number;
  /** The same, for display: `8.76 h`, `43.2 min`, `1.44 min` (« 8,76 heures »). */
  readonly perYear: string;
  readonly perMonth: string;
  readonly perDay: string;
}

/** Rounds to three significant figures, ignoring floating-point noise (1.825 → 1.83). */
function threeFigures(value: number): string {
  if (value === 0) return '0';
  const scale = 10 ** (2 - Math.floor(Math.log10(Math.abs(value))));
  const rounded = Math.round(value * scale * (1 + 1e-12)) / scale;
  return String(Number(rounded.toPrecision(3)));
}

type DurationUnit = 's' | 'min' | 'h' | 'days';

/** French spells the unit out, singular below 2 as French counts (« 1,44 minute », « 8,76 heures »). */
const FR_UNITS: Record<DurationUnit, readonly [string, string]> = {
  s: ['seconde', 'secondes'],
  min: ['minute', 'minutes'],
  h: ['heure', 'heures'],
  days: ['jour', 'jours'],
};
let frPlural: Intl.PluralRules | undefined;

function inUnit(value: number, unit: DurationUnit): string {
  const figure = threeFigures(value);
  if (currentLang() !== 'fr') return `${figure} ${unit}`;
  frPlural ??= new Intl.PluralRules('fr');
  const [one, other] = FR_UNITS[unit];
  return `${figure.replace('.', ',')}\u00a0${frPlural.select(Number(figure)) === 'one' ? one : other}`;
}

/** A duration in the unit a person would use: `43.2 s`, `8.64 s`, `43.2 min`, `8.76 h`, `3.65 days`. */
export function formatDuration(seconds: number): string {
  if (seconds < 60) return inUnit(seconds, 's');
  if (seconds < 3600) return inUnit(seconds / 60, 'min');
  if (seconds < SECONDS_PER_DAY) return inUnit(seconds / 3600, 'h');
  return inUnit(seconds / SECONDS_PER_DAY, 'days');
}

/** Downtime allowed by an availability (percent) over a period (seconds). */
export function allowedDowntime(availabilityPercent: number, periodS: number): number {
  return ((100 - availabilityPercent) / 100) * periodS;
}

function ninesRow(availability: number): NinesRow {
  const perYearS = allowedDowntime(availability, SECONDS_PER_YEAR);
  const perMonthS = allowedDowntime(availability, SECONDS_PER_MONTH);
  const perDayS = allowedDowntime(availability, SECONDS_PER_DAY);
  return {
    availability,
    get label() {
      return currentLang() === 'fr' ? `${String(availability).replace('.', ',')}\u202f%` : `${availability}%`;
    },
    perYearS,
    perMonthS,
    perDayS,
    get perYear() {
      return formatDuration(perYearS);
    },
    get perMonth() {
      return formatDuration(perMonthS);
    },
    get perDay() {
      return formatDuration(perDayS);
    },
  };
}

/** Availability → allowed downtime per year, 30-day month and day (see `AVAILABILITY_SOURCES`). */
export const NINES: readonly NinesRow[] = [99, 99.5, 99.9, 99.95, 99.99, 99.999].map(ninesRow);

/**
 * What deploying with a visible gap costs over a year, if every deploy makes the site unavailable
 * for `secondsEach`: 1 deploy a day × 30 s = 3.0 h a year, availability 99.965 %.
 * `availability` is a fraction, 0..1 (like the model's metrics).
 */
export function deployDowntime(deploysPerDay: number, secondsEach: number): { hoursPerYear: number; availability: number } {
  if (!Number.isFinite(deploysPerDay) || !Number.isFinite(secondsEach) || deploysPerDay < 0 || secondsEach < 0) {
    throw new RangeError('deploysPerDay and secondsEach must be finite and not negative');
  }
  const downPerDayS = Math.min(deploysPerDay * secondsEach, SECONDS_PER_DAY);
  const hoursPerYear = (downPerDayS * 365) / 3600;
  return { hoursPerYear, availability: 1 - hoursPerYear / HOURS_PER_YEAR };
}
