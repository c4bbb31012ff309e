/**
 * QPS, one of the course's three acronyms, taught beside the traffic slider: what it measures, what
 * this server can take, and why it tops out there.
 */

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
  /** What this server can take and why, with the model's figures. */
  capacity: (f: QpsFigures): string =>
    `This one server can take about ${Math.round(f.siteRps)} requests per second in all. ` +
    `The limit is the application: it builds about ${Math.round(f.appRps)} pages a second, because each of its ${f.appWorkers} workers holds one request at a time and the ${f.cpuCores} CPU cores they share can compute at most about ${Math.round(f.cpuLimitRps)} pages a second. ` +
    'Nginx serves the static files besides. Above the limit, requests wait in line: pages slow down, then fail.',
} as const;
