import { COMPONENTS, linksOf, type ElementId, type LinkId } from '../sim/topology';

/** For each component, the links it uses: lit together with it when it is selected. */
const RELATED = new Map<ElementId, ReadonlySet<LinkId>>(COMPONENTS.map((c) => [c.id, new Set(linksOf(c.id).map((l) => l.id))]));

export function isRelatedLink(selected: ElementId | null, link: LinkId): boolean {
  return selected !== null && (RELATED.get(selected)?.has(link) ?? false);
}
