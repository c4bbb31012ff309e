/**
 * QPS, one of the course's three acronyms, taught beside the traffic slider: what it measures, what
 * this server can take, and why it tops out there.
 */
import { fixed } from '../i18n/number';
import { t } from '../i18n/t';

/** The figures the note quotes, from the model's capacity (see `panel/failures/capacity.ts`). */
export interface QpsFigures {
  /** Requests per second of the whole site when the application is saturated. */
  siteRps: number;
  /** Dynamic pages per second the application can build (workers and cores together). */
  appRps: number;
  appWorkers: number;
  cpuCores: number;
  /** Pages per second the cores could compute if nothing else limited them. */
  cpuLimitRps: number;
}

export const QPS_NOTE = {
  title: 'QPS',
  text: 'QPS is the rate of requests reaching the server: the slider sets it.',
  /** What this server can take and why, with the model's figures: called at use, in the current language. */
  capacity: (f: QpsFigures): string =>
    t(
      'This one server can take about {siteRps} requests per second in all. The limit is the application: it builds about {appRps} pages a second, because each of its {appWorkers} workers holds one request at a time and the {cpuCores} CPU cores they share can compute at most about {cpuLimitRps} pages a second. Nginx serves the static files besides. Above the limit, requests wait in line: pages slow down, then fail.',
      {
        siteRps: fixed(Math.round(f.siteRps)),
        appRps: fixed(Math.round(f.appRps)),
        appWorkers: f.appWorkers,
        cpuCores: f.cpuCores,
        cpuLimitRps: fixed(Math.round(f.cpuLimitRps)),
      },
    ),
} as const;
