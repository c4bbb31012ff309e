/** The design the Share / Embed dialog offers to keep in the link. */
import { designOf } from '../playback/design';
import { designName } from '../playback/designConfig';
import { useUi } from '../store/ui';

/** What traffic plays now, in words ("3 servers behind HAProxy, a MySQL replica"), or null for the one-server stack. */
export function designNow(): string | null {
  const { fixes, servers } = useUi.getState();
  const design = designOf(fixes, servers);
  return design ? designName(design) : null;
}
