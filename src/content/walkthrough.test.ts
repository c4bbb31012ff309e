import { describe, expect, it } from 'vitest';
import { isElementId } from '../sim/topology';
import type { PacketKind } from '../sim/types';
import { CURRICULUM_ITEMS, WALKTHROUGH, type CurriculumItem, type JourneyAnchor } from './walkthrough';

/** Anchors in the order a cold journey meets them; a Record so a new PacketKind breaks the build here. */
const JOURNEY_ORDER: Record<JourneyAnchor, number> = {
  'dns-query': 0,
  'dns-response': 1,
  'tcp-syn': 2,
  'tcp-syn-ack': 3,
  'tcp-ack': 4,
  'tcp-rst': 4,
  'tls-client-hello': 5,
  'tls-server-hello': 6,
  'http-request': 7,
  'file-read': 8,
  'file-data': 8,
  'proxy-request': 8,
  'sql-query': 9,
  'sql-result': 10,
  'proxy-response': 11,
  'http-response': 12,
  'request-end': 13,
} satisfies Record<PacketKind | 'request-end', number>;

const sentences = (text: string) => text.match(/[.!?](\s|$)/g)?.length ?? 0;

describe('WALKTHROUGH', () => {
  it('covers every item of the curriculum checklist', () => {
    const covered = new Set<CurriculumItem>(WALKTHROUGH.flatMap((s) => s.covers));
    for (const item of CURRICULUM_ITEMS) expect(covered, item).toContain(item);
    expect(CURRICULUM_ITEMS).toHaveLength(10);
  });

  it('has unique ids, non-empty titles and 2–4 sentences per step', () => {
    expect(new Set(WALKTHROUGH.map((s) => s.id)).size).toBe(WALKTHROUGH.length);
    for (const step of WALKTHROUGH) {
      expect(step.title.trim()).not.toBe('');
      expect(sentences(step.text), step.id).toBeGreaterThanOrEqual(2);
      expect(sentences(step.text), step.id).toBeLessThanOrEqual(4);
      expect(step.text).not.toMatch(/undefined|NaN/);
      expect(step.covers.length).toBeGreaterThan(0);
    }
  });

  it('lights only real components and links', () => {
    for (const step of WALKTHROUGH) {
      expect(step.highlight.length, step.id).toBeGreaterThan(0);
      for (const id of step.highlight) expect(isElementId(id), `${step.id}: ${id}`).toBe(true);
    }
  });

  it('starts from the user typing the address and seeks the journey forwards only', () => {
    const [first] = WALKTHROUGH;
    expect(first?.highlight).toEqual(['browser']);
    expect(first?.text).toMatch(/user/);
    expect(first?.text).toContain('www.foobar.com');
    const anchors = WALKTHROUGH.flatMap((s) => (s.anchor ? [s.anchor] : []));
    for (const anchor of anchors) expect(Object.keys(JOURNEY_ORDER)).toContain(anchor);
    const positions = anchors.map((a) => JOURNEY_ORDER[a]);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(new Set(anchors).size).toBe(anchors.length);
  });

  it('ends with the page displayed, then the three issues in the curriculum’s order', () => {
    const ids = WALKTHROUGH.map((s) => s.id);
    const displayed = WALKTHROUGH.findIndex((s) => s.anchor === 'request-end');
    expect(displayed).toBe(WALKTHROUGH.length - 4);
    expect(ids.slice(-3)).toEqual(['spof', 'maintenance', 'scalability']);
    expect(WALKTHROUGH.slice(-3).map((s) => s.covers)).toEqual([['spof'], ['maintenance-downtime'], ['scalability']]);
  });

  it('answers the record-type question correctly', () => {
    const step = WALKTHROUGH.find((s) => s.covers.includes('dns-record-type'));
    expect(step?.text).toMatch(/A record pointing to 8\.8\.8\.8/);
    expect(step?.text).toMatch(/not a CNAME/);
  });
});
