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

/**
 * Throughput of `n` workers that are never idle, each cycling through a delay of mean `delayS`
 * (waiting on I/O and SQL) and a CPU burst of mean `cpuS` on `cores` shared cores: a closed network of
 * an infinite-server station and a processor-sharing station with `cores` servers, which has a product
 * form (BCMP). P(k computing) ∝ (delayS^(n−k) / (n−k)!) · cpuS^k / Π_{j≤k} min(j, cores); throughput
 * = Σ P(k) · min(k, cores) / cpuS. It is the application's capacity when its accept queue never empties.
 */
export function closedNetworkRps(n: number, delayS: number, cpuS: number, cores: number): number {
  // Times under a nanosecond count as none (and keep the logarithms finite).
  if (cpuS < 1e-9) return delayS > 0 ? n / (delayS + Math.max(0, cpuS)) : Infinity;
  if (delayS < 1e-9) return Math.min(n, cores) / cpuS;
  // Weights in log space: many workers would overflow the factorials.
  const logW: number[] = [0];
  for (let k = 1; k <= n; k++) logW.push(logW[k - 1]! + Math.log(cpuS / Math.min(k, cores)) + Math.log((n - k + 1) / delayS));
  const top = Math.max(...logW);
  let sum = 0;
  let rate = 0;
  for (let k = 0; k <= n; k++) {
    const w = Math.exp(logW[k]! - top);
    sum += w;
    rate += (w * Math.min(k, cores)) / cpuS;
  }
  return rate / sum;
}
