/**
 * Queueing formulas (content.md §4.2) for tests and for views that mark capacity.
 * λ arrival rate (1/s), S mean service time (s), c workers. Results are Infinity when unstable.
 */

/** Utilisation ρ = λS / c. */
export function utilisation(lambda: number, serviceS: number, c: number): number {
  return (lambda * serviceS) / c;
}

/** Largest sustainable throughput of `c` workers, requests/s: c / S (the utilisation law). */
export function capacityRps(c: number, serviceS: number): number {
  return c / serviceS;
}

/** Erlang C: probability an arrival must wait in an M/M/c queue with offered load a = λS. */
export function erlangC(c: number, a: number): number {
  if (a <= 0) return 0;
  if (a >= c) return 1;
  // Erlang B by its stable recurrence, then C = B / (1 − ρ(1 − B)).
  let b = 1;
  for (let k = 1; k <= c; k++) b = (a * b) / (k + a * b);
  const rho = a / c;
  return b / (1 - rho * (1 - b));
}

/** Erlang B: probability an arrival is lost when there is no queue (M/M/c/c). */
export function erlangB(c: number, a: number): number {
  let b = 1;
  for (let k = 1; k <= c; k++) b = (a * b) / (k + a * b);
  return a <= 0 ? 0 : b;
}

/** M/M/c mean wait in the queue Wq = C(c, a) / (cμ − λ), s. */
export function mmcMeanWait(lambda: number, serviceS: number, c: number): number {
  const mu = 1 / serviceS;
  if (lambda >= c * mu) return Infinity;
  return erlangC(c, lambda * serviceS) / (c * mu - lambda);
}

/** M/M/c mean response time W = Wq + S, s. */
export function mmcMeanResponse(lambda: number, serviceS: number, c: number): number {
  return mmcMeanWait(lambda, serviceS, c) + serviceS;
}

/** Little's law: mean number in the system L = λW. */
export function littleL(lambda: number, w: number): number {
  return lambda * w;
}

/** M/M/1 mean response time W = S / (1 − ρ), s. */
export function mm1MeanResponse(lambda: number, serviceS: number): number {
  const rho = lambda * serviceS;
  return rho >= 1 ? Infinity : serviceS / (1 - rho);
}

/** M/M/1 p-th percentile of response time: −ln(1 − p) · W (the response time is exponential). */
export function mm1Percentile(lambda: number, serviceS: number, p: number): number {
  return -Math.log(1 - p) * mm1MeanResponse(lambda, serviceS);
}
