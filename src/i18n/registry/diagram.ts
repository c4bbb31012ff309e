/** Content and model text of the diagram area that is shown through `localize` or `tx`: the parity test walks it. */
import { COMPONENTS, LINKS } from '../../sim/topology';
import { STATUS_TEXT } from '../../diagram/nodes/useNodeState';
import { NOUN } from '../../diagram/nodes/Gauge';
import { SHORT } from '../../diagram/packets';
import { FIXED, ON_SERVER } from '../../diagram/fixed/parts';
import { DEPLOY_ANNOUNCEMENT } from '../../store/actions';
import { CHAPTER_TITLES } from '../../playback/chapters';
import { INITIAL_CAPTION } from '../../playback/snapshot';
import { inside } from '../t';

/** Names shorter in a diagram box than on a card (French needs it where a long name would not fit). */
export const DIAGRAM_NAMES = ["User's browser", 'Application server', 'DNS query · UDP 53'].map((name) => inside('diagram', name));

export const LOCALIZED: readonly unknown[] = [
  // The model's names, accessible names and lines of detail (sim keeps its English; the views use tx).
  COMPONENTS.map(({ label, accessibleName, detail }) => [label, accessibleName, detail]),
  LINKS.map(({ label, accessibleName }) => [label, accessibleName]),
  STATUS_TEXT,
  NOUN,
  SHORT,
  // A fixed design's parts; `machine` is an id.
  Object.values(FIXED).map(({ name, detail, accessibleName }) => [name, detail, accessibleName]),
  ON_SERVER,
  DEPLOY_ANNOUNCEMENT,
  CHAPTER_TITLES,
  INITIAL_CAPTION,
  DIAGRAM_NAMES,
];
