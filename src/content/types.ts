/**
 * Shapes of the teaching content. Content is data: the panel, the walkthrough and the captions read
 * these objects and never hold explanations of their own.
 */
import type { ElementId } from '../sim/topology';

/** A public page a fact comes from. */
export interface Source {
  title: string;
  /** Always https. */
  url: string;
}

/** Explanations that are about an idea rather than a box or a line on the diagram. */
export type TopicId = 'domain' | 'dns-record' | 'load-balancer' | 'replica';

/** Anything the panel can explain. */
export type ExplanationId = ElementId | TopicId;

/** A common wrong answer in learners' write-ups, and what is true instead. */
export interface Misconception {
  myth: string;
  fact: string;
  /** `incomplete`: half right, the fact keeps the right half (shown as "Half an answer"). Default: wrong. */
  verdict?: 'wrong' | 'incomplete';
}

/** Everything the side panel shows about one component, link or topic. */
export interface Explanation {
  id: ExplanationId;
  /** Names the component as the diagram does ("Nginx web server", "MySQL database"). */
  title: string;
  kind: 'component' | 'link' | 'topic';
  /** What the card leads with: at most three short points; everything else sits behind "More". */
  points: string[];
  /** 2–3 plain sentences, told from the user who wants the website (behind "More"). */
  role: string;
  /** Further facts, one plain sentence each. */
  goodToKnow: string[];
  /** Wrong answers learners give: the first is shown up front, the others behind "More". */
  misconceptions?: Misconception[];
  /** Short tokens shown as chips ("A record", "port 443"). */
  keyFacts: string[];
  sources: Source[];
  /** A short verbatim line from one of the sources. */
  quote?: { text: string; credit: string };
}
