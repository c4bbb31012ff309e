import { describe, expect, it } from 'vitest';
import { BASE_COMPONENTS, BASE_LINKS, numbered, numberedLink, serverPartIds } from './stackIds';
import { COMPONENT_IDS, LINK_IDS } from './topology';

describe('ids of every topology', () => {
  it('the one-server stack keeps its ids, first and in order (the event store encodes them by position)', () => {
    expect(BASE_COMPONENTS.slice(0, COMPONENT_IDS.length)).toEqual(COMPONENT_IDS);
    expect(BASE_LINKS.slice(0, LINK_IDS.length)).toEqual(LINK_IDS);
    for (const id of COMPONENT_IDS) expect(numbered(id, 0)).toBe(id);
    for (const id of LINK_IDS) expect(numberedLink(id, 0)).toBe(id);
  });

  it('fits the event store: at most 16 base components and 16 base links', () => {
    expect(BASE_COMPONENTS.length).toBeLessThanOrEqual(16);
    expect(BASE_LINKS.length).toBeLessThanOrEqual(16);
  });

  it('numbers a server’s parts with it, and only those', () => {
    expect(serverPartIds(2)).toEqual({ server: 'server-2', nginx: 'nginx-2', app: 'app-server-2', files: 'app-files-2' });
    expect(['browser', 'mysql', 'lb', 'lb-2', 'mysql-replica'].map((id) => numbered(id as never, 3))).toEqual(['browser', 'mysql', 'lb', 'lb-2', 'mysql-replica']);
  });

  it('names links <source>-<target> with their ends numbered', () => {
    expect(numberedLink('lb-nginx', 1)).toBe('lb-nginx-1');
    expect(numberedLink('nginx-app-server', 2)).toBe('nginx-2-app-server-2');
    expect(numberedLink('app-server-mysql', 4)).toBe('app-server-4-mysql');
    expect(numberedLink('app-server-mysql-replica', 2)).toBe('app-server-2-mysql-replica');
    expect(numberedLink('browser-lb', 3)).toBe('browser-lb');
  });
});
