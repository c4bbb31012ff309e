/** What each scene is called and says before its "More". Ids and types: `sceneIds.ts`. */
import type { SceneId } from './sceneIds';

export { BREAK_SCENE_IDS, SCENE_IDS, isBreakScene, type BreakSceneId, type SceneId } from './sceneIds';

export interface SceneText {
  /** The picker's short name. */
  label: string;
  title: string;
  /** Two or three sentences: what breaks, what to do, what to watch. The rest sits under "More". */
  lead: string;
}

export const SCENES: Record<SceneId, SceneText> = {
  spof: {
    label: 'Server down',
    title: 'Single point of failure',
    lead: 'Everything runs on one machine, so when it stops the whole site stops. Switch the server off and watch the browsers wait for an answer that never comes, and the served line fall to zero.',
  },
  deploy: {
    label: 'Deploy',
    title: 'Downtime during maintenance',
    lead: 'New code means a program on the server must restart or reload. Pick how, press Deploy now, and count the failed requests in the shaded window: a restart leaves a gap, a graceful reload does not.',
  },
  scale: {
    label: 'Too much traffic',
    title: 'Limited scalability',
    lead: 'One server has a fixed number of application workers, so it can serve only so many requests a second. Push the traffic past the capacity mark and watch the served line stop at the ceiling while the queue grows.',
  },
  journey: {
    label: 'One request',
    title: 'One request, hop by hop',
    lead: 'Follow one request for www.foobar.com from the browser through DNS to the server and back.',
  },
};
