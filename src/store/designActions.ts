/**
 * Choosing the design traffic plays: the one-server stack or a fixed one (issue 15). Whatever sets
 * the store's `fixes` and `servers` (these actions, the URL, an embed command), the player follows.
 */
import type { ModelFix } from '../sim/fixIds';
import { designName } from '../playback/designConfig';
import type { Player } from '../playback/player';
import { announce, openTopic, select, setMode } from './actions';
import { designOf, partExplained, selectDesign } from './design';
import { useUi, type Design, type DesignFault } from './ui';
import { APP_WORKERS, CPU_CORES } from '../sim/defaults';
import { withPlayer } from './playerHandle';
import { t } from '../i18n/t';

export function setDesign(fixes: ModelFix[], servers: number | null): void {
  // A fault stays only where its part does: none without a balancer, no replica's without a replica.
  const design = designOf(fixes, servers);
  const faults = design ? useUi.getState().faults.filter((f) => f !== 'replica-down' || design.replica) : [];
  useUi.setState({ fixes, servers, faults });
}

/** What each fault does, said once to screen readers as it starts and ends. */
function faultSentence(kind: DesignFault, on: boolean, design: Design): string {
  if (kind === 'lb-down') {
    if (!on) return t('The balancer boots again.');
    return design.pair
      ? t('The active balancer is down: the backup takes the site’s address over once it stops hearing from it.')
      : t('The balancer is down: no request reaches any server, however many there are.');
  }
  if (kind === 'db-down') {
    if (!on) return t('MySQL is back: pages that write work again.');
    return design.replica
      ? t('The primary MySQL is down: every write fails, while reads still go to the replica.')
      : t('MySQL is down: every server’s pages fail, since they all use the one database.');
  }
  return on ? t('The replica is down: reads go to the primary, which now carries them all.') : t('The replica is back and takes the reads again.');
}

/** Something in a fixed design stops, or comes back: the active balancer, the primary MySQL or the replica. */
export function setFault(kind: DesignFault, on: boolean): void {
  const s = useUi.getState();
  const design = selectDesign(s);
  if (s.faults.includes(kind) === on || !design || (kind === 'replica-down' && !design.replica)) return;
  withPlayer((p) => p.setFault(kind, on));
  announce(faultSentence(kind, on, design));
}

/** A fixed design deploys new code now; its bar says how (rolling or all at once). */
export function deployCode(): void {
  const design = selectDesign(useUi.getState());
  if (!design || useUi.getState().live.deploying) return;
  withPlayer((p) => p.deployCode());
  announce(
    design.rolling
      ? t('Deploying new code server by server: HAProxy drains each one, it restarts, then goes back in the pool.')
      : t('Deploying new code on every server at once: their applications all restart together.'),
  );
}

/** How HAProxy picks a server: in turn, or the one with the fewest connections now. */
export function setBalance(balance: Design['balance']): void {
  useUi.setState({ balance });
}

/** Scaling up: each server's application workers and CPU cores (null: the model's own). */
export function setScale(workers: number | null, cores: number | null): void {
  useUi.setState({ workers, cores });
  // Like the traffic slider: the size of a server shows under traffic, not in one request.
  setMode('traffic');
}

/** Play a fixed design's traffic now (a fix card's "Try it live"). */
export function tryDesignLive(fixes: ModelFix[], servers: number | null = null): void {
  setDesign(fixes, servers);
  setMode('traffic');
}

/** Rebuilds traffic when the design or each server's size changes, keeping Play as it was. Returns the unsubscribe. */
export function followDesign(player: Player): () => void {
  return useUi.subscribe((s, prev) => {
    const design = selectDesign(s);
    const rescaled = s.workers !== prev.workers || s.cores !== prev.cores;
    // A new balance makes a new design object (designOf keys on it), announced as one.
    if (design === selectDesign(prev) && !rescaled) return;
    if (design !== selectDesign(prev)) announce(design ? t('Now playing {design}.', { design: designName(design) }) : t('Back to the one-server stack.'));
    else announce(t('Each server now has {workers} application workers on {cores} CPU cores.', { workers: s.workers ?? APP_WORKERS, cores: s.cores ?? CPU_CORES }));
    if (s.mode !== 'traffic') return;
    const playing = s.playing;
    player.rebuild();
    if (playing) player.play();
  });
}

/**
 * Select a part of a fixed design by its own id (`nginx-2`, `server-3`, `lb`, …). A numbered part is
 * explained as the one-server part it copies; the rest map in `partExplained` (`design.ts`). Unknown ids change nothing.
 */
export function selectPart(id: string): void {
  const base = partExplained(id);
  if (base === 'load-balancer' || base === 'replica') openTopic(base);
  else if (base) select(base);
}

/** A replay's fixed design, to play live on the diagram: its fixes, its size, its traffic and its fault. */
export interface LivePlan {
  fixes: ModelFix[];
  servers?: number;
  workers?: number;
  cores?: number;
  rps: number;
  spof?: boolean;
  fault?: DesignFault;
}

/** Plays a plan's traffic from the start, on the diagram. */
export function playLive(plan: LivePlan): void {
  useUi.setState({
    fixes: plan.fixes,
    servers: plan.servers ?? null,
    workers: plan.workers ?? null,
    cores: plan.cores ?? null,
    rps: plan.rps,
    spof: plan.spof ?? false,
    faults: plan.fault ? [plan.fault] : [],
  });
  if (useUi.getState().mode !== 'traffic') return setMode('traffic');
  withPlayer((p) => {
    p.rebuild();
    p.play();
  });
}

