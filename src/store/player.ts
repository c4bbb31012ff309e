/**
 * The playback controller: owns the model, the clock and the one animation loop. Views call the store's
 * actions, which call this; the packet layer registers a draw function that the loop calls each frame.
 * Nothing here re-renders React per frame: the store gets a snapshot a few times a second.
 */
import { createSimulation, type Simulation, type SimInput } from '../sim';
import type { HopEvent, SimConfig, SimEvent } from '../sim/types';
import { narrate } from '../content/narration';
import { journeySteps, stepAtTime, stepSimTime, stepWallSeconds } from './journey';
import { highlightFor } from './highlight';
import { useUi, type DeployMethod, type Live } from './ui';
import { DEPLOY_WINDOW_S, JOURNEY_WARM_GAP_S, TRAFFIC_CONFIG, trafficSummary } from './traffic';

/** A packet to draw: where it is along its hop, and how it looks. */
export interface Sprite {
  event: HopEvent;
  /** 0..1 along the hop from `from` to `to`. */
  progress: number;
  /** 1 normally; falls to 0 as a lost packet fades where it was lost. */
  opacity: number;
}

export type DrawFn = (sprites: readonly Sprite[]) => void;

const PUBLISH_EVERY_MS = 250;
const HIGHLIGHT_EVERY_MS = 1000;
/** Lost packets stay visible this long (wall seconds) as they fade. */
const FADE_WALL_S = 0.8;
/** Traffic mode draws at most this many packets; the rest are counted, not drawn. */
const MAX_SPRITES = 4000;
/** Longest hop the model emits, simulated seconds; how far back a seek looks for packets in flight. */
const SEEK_LOOKBACK_S = 3;

export class Player {
  private sim!: Simulation;
  private inputs: SimInput[] = [];
  private pending: SimInput[] = [];
  private steps: SimEvent[] = [];
  private stepIndex = 0;
  private progress = 0;
  private viewTime = 0;
  private active: HopEvent[] = [];
  private sprites: Sprite[] = [];
  private raf = 0;
  private lastTs = 0;
  private lastPublish = 0;
  private lastHighlight = 0;
  private visible = true;
  private drawFn: DrawFn | null = null;

  constructor() {
    this.rebuild();
    // rAF stops in a hidden tab; pick the loop up again when the learner comes back.
    if (typeof document !== 'undefined') document.addEventListener('visibilitychange', () => !document.hidden && this.kick());
  }

  private get ui() {
    return useUi.getState();
  }

  /** A fresh model from the learner's current choices. */
  rebuild(startAt = 0): void {
    const { mode, seed, rps, spof } = this.ui;
    this.active = [];
    this.pending = [];
    this.viewTime = 0;
    this.stepIndex = 0;
    this.progress = 0;
    if (mode === 'journey') {
      this.inputs = journeyInputs(seed, spof, this.ui.deploys[0]?.method ?? null);
      const full = runInputs({ seed }, this.inputs, Infinity);
      this.steps = journeySteps(full.events(0, full.now + 1));
      this.sim = createSimulation({ seed });
      this.applied = 0;
      if (startAt > 0) this.stepIndex = stepAtTime(this.steps, startAt);
    } else {
      this.steps = [];
      this.sim = createSimulation({ ...TRAFFIC_CONFIG, seed });
      this.inputs = [{ t: 0, type: 'rate', rps }];
      if (spof) this.inputs.push({ t: 0, type: 'failure-start', kind: 'server-down' });
      for (const input of this.inputs) this.sim.apply(input);
      if (startAt > 0) this.advanceTraffic(startAt);
    }
    this.syncJourneySim();
    this.computeSprites();
    this.publish(true);
    this.kick();
  }

  setDrawFn(fn: DrawFn | null): void {
    this.drawFn = fn;
    this.kick();
  }

  setVisible(visible: boolean): void {
    this.visible = visible;
    if (visible) this.kick();
  }

  play(): void {
    if (this.ui.mode === 'journey' && this.stepIndex >= this.steps.length - 1 && this.progress >= 1) {
      this.stepIndex = 0;
      this.progress = 0;
    }
    useUi.setState({ playing: true });
    this.kick();
  }

  pause(): void {
    useUi.setState({ playing: false });
    this.publish(true);
  }

  stepForward(): void {
    this.pause();
    if (this.ui.mode === 'journey') {
      if (this.progress < 1 && this.steps[this.stepIndex]?.kind === 'hop') this.progress = 1;
      else this.seekStep(this.stepIndex + 1);
    } else {
      const next = this.sim.events(this.viewTime + 1e-9, this.viewTime + 60).find(notState) ?? null;
      if (next) this.seekTime(next.t, next);
    }
    this.afterSeek();
  }

  stepBack(): void {
    this.pause();
    if (this.ui.mode === 'journey') this.seekStep(this.stepIndex - 1);
    else {
      const before = this.sim.events(Math.max(0, this.viewTime - 60), this.viewTime).filter(notState);
      const prev = before[before.length - 1];
      if (prev) this.seekTime(prev.t, prev);
    }
    this.afterSeek();
  }

  /** Journey: go to step `i`, showing its packet arrived. */
  seekStep(i: number): void {
    if (!this.steps.length) return;
    this.stepIndex = Math.min(Math.max(i, 0), this.steps.length - 1);
    this.progress = 1;
    this.afterSeek();
  }

  /** Go to simulated time `t` (traffic), or the step at `t` (journey). */
  seekTime(t: number, focus?: SimEvent): void {
    if (this.ui.mode === 'journey') {
      this.seekStep(stepAtTime(this.steps, t));
      return;
    }
    const target = Math.max(0, t);
    if (target > this.sim.now) this.advanceTraffic(target);
    this.viewTime = target;
    this.active = this.sim
      .events(Math.max(0, target - SEEK_LOOKBACK_S), target + 1e-9)
      .filter((e): e is HopEvent => e.kind === 'hop' && e.arrive >= target);
    this.focus = focus ?? null;
    this.afterSeek();
  }

  /** Seek to the first journey step of a kind of packet (the walkthrough uses this). */
  seekToPacket(anchor: string): void {
    const i = this.steps.findIndex((e) => (e.kind === 'hop' ? e.packet === anchor : e.kind === anchor));
    if (i >= 0) this.seekStep(i);
  }

  restart(): void {
    this.rebuild();
  }

  setRate(rps: number): void {
    useUi.setState({ rps });
    if (this.ui.mode !== 'traffic') return;
    this.applyNow({ t: this.sim.now, type: 'rate', rps });
  }

  setSpof(on: boolean): void {
    useUi.setState({ spof: on });
    if (this.ui.mode === 'journey') return this.rebuild();
    this.applyNow({ t: this.sim.now, type: on ? 'failure-start' : 'failure-end', kind: 'server-down' });
  }

  /** Start a maintenance window of the chosen kind now; it ends by itself. */
  deploy(method: DeployMethod): void {
    const start = this.ui.mode === 'journey' ? 0 : this.sim.now;
    const window = DEPLOY_WINDOW_S[method];
    useUi.setState({ deploys: [...this.ui.deploys.slice(-19), { method, start, end: start + window }] });
    if (this.ui.mode === 'journey') {
      useUi.setState({ deploys: [{ method, start: 0, end: window }] });
      return this.rebuild();
    }
    this.applyNow({ t: start, type: 'failure-start', kind: method });
    this.pending.push({ t: start + window, type: 'failure-end', kind: method });
    this.pending.sort((a, b) => a.t - b.t);
  }

  /** Events up to the view time, newest last (the event table). */
  recentEvents(limit: number): SimEvent[] {
    if (this.ui.mode === 'journey') return this.steps.slice(Math.max(0, this.stepIndex + 1 - limit), this.stepIndex + 1);
    const list = this.sim.events(Math.max(0, this.viewTime - 5), this.viewTime + 1e-9).filter(notState);
    return list.slice(-limit);
  }

  /** Every step of the journey (for the walkthrough and the waterfall). */
  journeyEvents(): readonly SimEvent[] {
    return this.steps;
  }

  requestRecord(id: number) {
    return this.sim.request(id);
  }

  /** For tests and the packet hit-test: what is drawn now. */
  currentSprites(): readonly Sprite[] {
    return this.sprites;
  }

  /**
   * Benchmarks only: keep `n` synthetic packets looping on the links so the draw path can be timed
   * at a fixed load. The model is not involved; `n = 0` returns to normal playback.
   */
  syntheticLoad(n: number, links: readonly HopEvent['link'][], endpoints: (link: HopEvent['link']) => [HopEvent['from'], HopEvent['to']]): void {
    this.synthetic = Array.from({ length: n }, (_, i) => {
      const link = links[i % links.length]!;
      const [from, to] = endpoints(link);
      const duration = 0.6 + ((i * 7919) % 1000) / 1000;
      return { seq: -i, t: -((i * 104729) % 1000) / 1000, requestId: -1, kind: 'hop', from, to, link, arrive: duration, packet: 'http-request', direction: i % 2 ? 'request' : 'response', detail: { protocol: 'HTTP', summary: 'synthetic', fields: [] } } satisfies HopEvent;
    });
    this.syntheticClock = 0;
    useUi.setState({ playing: n > 0 });
    this.kick();
  }

  private synthetic: HopEvent[] = [];
  private syntheticClock = 0;

  dispose(): void {
    cancelAnimationFrame(this.raf);
    this.raf = 0;
  }

  private focus: SimEvent | null = null;
  /** Journey: how many of `inputs` the live model has been given. */
  private applied = 0;

  private applyNow(input: SimInput): void {
    this.sim.apply(input);
    this.inputs.push(input);
    this.publish(true);
  }

  private afterSeek(): void {
    this.syncJourneySim();
    this.computeSprites();
    this.draw();
    this.publish(true);
  }

  /** The journey's live model follows the view time, so metrics and gauges match the step shown. */
  private syncJourneySim(): void {
    if (this.ui.mode !== 'journey') return;
    const t = this.currentJourneyTime();
    if (t < this.sim.now) {
      this.sim = createSimulation({ seed: this.ui.seed });
      this.applied = 0;
    }
    // Inputs are sorted by time; each is applied exactly once.
    while (this.applied < this.inputs.length && this.inputs[this.applied]!.t <= t) this.sim.apply(this.inputs[this.applied++]!);
    this.sim.advanceTo(t);
  }

  private currentJourneyTime(): number {
    const e = this.steps[this.stepIndex];
    return e ? stepSimTime(e, this.progress) : 0;
  }

  private advanceTraffic(target: number): void {
    while (this.pending.length && this.pending[0]!.t <= target) {
      const input = this.pending.shift()!;
      this.sim.apply({ ...input, t: Math.max(input.t, this.sim.now) });
      this.inputs.push(input);
    }
    this.sim.advanceTo(target);
  }

  /** Start the loop if something needs drawing; it stops itself when nothing moves. */
  private kick(): void {
    if (this.raf || typeof requestAnimationFrame === 'undefined') return;
    this.lastTs = 0;
    this.raf = requestAnimationFrame(this.frame);
  }

  private frame = (ts: number): void => {
    this.raf = 0;
    const dt = this.lastTs ? Math.min((ts - this.lastTs) / 1000, 0.1) : 0;
    this.lastTs = ts;
    const playing = this.ui.playing;
    if (playing) this.advance(dt);
    this.computeSprites();
    this.draw();
    if (ts - this.lastPublish > PUBLISH_EVERY_MS) this.publish(false, ts);
    const hidden = typeof document !== 'undefined' && document.hidden;
    if (this.ui.playing && this.visible && !hidden) {
      this.raf = requestAnimationFrame(this.frame);
    } else if (!this.ui.playing) {
      this.publish(true);
    }
  };

  private advance(dt: number): void {
    const speed = this.ui.speed;
    if (this.synthetic.length) {
      this.syntheticClock += dt;
      return;
    }
    if (this.ui.mode === 'journey') {
      let remaining = dt;
      while (remaining > 0) {
        const step = this.steps[this.stepIndex];
        if (!step) break;
        const wall = stepWallSeconds(step, speed);
        const left = (1 - this.progress) * wall;
        if (remaining < left) {
          this.progress += remaining / wall;
          break;
        }
        remaining -= left;
        if (this.stepIndex >= this.steps.length - 1) {
          this.progress = 1;
          useUi.setState({ playing: false });
          break;
        }
        this.stepIndex++;
        this.progress = 0;
        this.publish(true);
      }
      this.syncJourneySim();
      return;
    }
    const target = this.viewTime + dt * speed;
    const from = this.sim.now;
    this.advanceTraffic(target);
    for (const e of this.sim.events(from, target + 1e-9)) if (e.kind === 'hop') this.active.push(e);
    this.viewTime = target;
  }

  private computeSprites(): void {
    const sprites: Sprite[] = [];
    if (this.synthetic.length) {
      for (const e of this.synthetic) {
        const span = e.arrive;
        sprites.push({ event: e, progress: (((this.syntheticClock - e.t) % span) + span) % span / span, opacity: 1 });
      }
      this.sprites = sprites;
      return;
    }
    if (this.ui.mode === 'journey') {
      const e = this.steps[this.stepIndex];
      if (e?.kind === 'hop') sprites.push({ event: e, progress: this.progress, opacity: e.lost && this.progress >= 1 ? 0.35 : 1 });
    } else {
      const now = this.viewTime;
      const fadeSim = FADE_WALL_S * this.ui.speed;
      const kept: HopEvent[] = [];
      for (const e of this.active) {
        if (e.arrive + (e.lost ? fadeSim : 0) < now) continue;
        kept.push(e);
        if (sprites.length >= MAX_SPRITES || e.t > now) continue;
        const span = e.arrive - e.t;
        const progress = span > 0 ? Math.min((now - e.t) / span, 1) : 1;
        const opacity = e.lost && now > e.arrive ? Math.max(0, 1 - (now - e.arrive) / fadeSim) : 1;
        sprites.push({ event: e, progress, opacity });
      }
      this.active = kept;
    }
    this.sprites = sprites;
  }

  private draw(): void {
    this.drawFn?.(this.sprites);
  }

  private publish(force: boolean, ts = performance.now()): void {
    if (!force && ts - this.lastPublish < PUBLISH_EVERY_MS) return;
    this.lastPublish = ts;
    const mode = this.ui.mode;
    const current = mode === 'journey' ? (this.steps[this.stepIndex] ?? null) : this.focus;
    const simTime = mode === 'journey' ? this.currentJourneyTime() : this.viewTime;
    const started = mode === 'traffic' || this.stepIndex > 0 || this.progress > 0 || this.ui.playing;
    const metrics = this.sim.metrics();
    const recent = this.sim.recentRequests(mode === 'journey' ? 4 : 200);
    const lastRequest = [...recent].reverse().find((r) => r.end !== undefined && r.end <= simTime) ?? null;
    const caption =
      mode === 'journey'
        ? started && current
          ? (narrate(current) ?? useUi.getState().live.caption)
          : INITIAL_CAPTION
        : this.ui.playing || !current
          ? trafficSummary(metrics, this.ui.rps)
          : (narrate(current) ?? trafficSummary(metrics, this.ui.rps));
    const live: Live = {
      simTime,
      stepIndex: this.stepIndex,
      stepCount: this.steps.length,
      current,
      caption,
      metrics,
      series: mode === 'traffic' ? this.sim.series() : [],
      lastRequest,
      packetsInFlight: this.sprites.length,
      status: this.sim.stateAt(Math.min(simTime, this.sim.now)).status,
    };
    const reduce = this.ui.motionReduce || this.ui.systemReducedMotion;
    // With reduced motion, traffic lights the busy links instead of moving packets; change that at most
    // once a second so nothing flashes (WCAG 2.3.1 allows three flashes a second).
    const steadyHighlight = mode === 'traffic' && reduce && ts - this.lastHighlight < HIGHLIGHT_EVERY_MS;
    if (!steadyHighlight) this.lastHighlight = ts;
    useUi.setState(steadyHighlight ? { live } : { live, highlight: highlightFor(mode, current, this.sprites, reduce) });
  }
}

export const INITIAL_CAPTION = 'Press Play to follow a request for www.foobar.com, hop by hop.';

const notState = (e: SimEvent) => e.kind !== 'state';

/** The journey: one cold request from browser 0, then a warm one on the same connection. */
function journeyInputs(seed: number, spof: boolean, deploy: DeployMethod | null): SimInput[] {
  const inputs: SimInput[] = [];
  if (spof) inputs.push({ t: 0, type: 'failure-start', kind: 'server-down' });
  if (deploy) {
    inputs.push({ t: 0, type: 'failure-start', kind: deploy });
    inputs.push({ t: DEPLOY_WINDOW_S[deploy], type: 'failure-end', kind: deploy });
  }
  inputs.push({ t: 0, type: 'request', browserId: 0, path: '/', dynamic: true });
  const cold = runInputs({ seed }, inputs, Infinity);
  const first = cold.recentRequests(1)[0];
  const warmAt = Math.max((first?.end ?? 0) + JOURNEY_WARM_GAP_S, deploy ? DEPLOY_WINDOW_S[deploy] + 0.5 : 0);
  inputs.push({ t: warmAt, type: 'request', browserId: 0, path: '/', dynamic: true });
  return inputs.sort((a, b) => a.t - b.t);
}

/** Replay inputs into a fresh model until nothing is left to happen (or `until`). */
function runInputs(config: Partial<SimConfig>, inputs: readonly SimInput[], until: number): Simulation {
  const sim = createSimulation(config);
  for (const input of [...inputs].sort((a, b) => a.t - b.t)) sim.apply(input);
  const last = inputs.reduce((m, i) => Math.max(m, i.t), 0);
  sim.advanceTo(Number.isFinite(until) ? until : last + JOURNEY_HORIZON_S);
  return sim;
}

/** Long enough for a journey to end, even one that waits out a connect timeout. */
const JOURNEY_HORIZON_S = 200;

let player: Player | null = null;

/** The app's one player, created on first use. */
export function getPlayer(): Player {
  player ??= new Player();
  return player;
}
