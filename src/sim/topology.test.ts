import { describe, expect, it } from 'vitest';
import { COMPONENTS, COMPONENT_IDS, LINKS, LINK_IDS, getComponent, isElementId, linkBetween, linksOf } from './topology';

describe('topology', () => {
  it('has the stable ids that URLs and embedding pages use', () => {
    expect(COMPONENT_IDS).toEqual(
      expect.arrayContaining(['browser', 'dns', 'server', 'nginx', 'app-server', 'app-files', 'mysql', 'resolver', 'root', 'tld', 'authoritative']),
    );
    expect(new Set(COMPONENTS.map((c) => c.id)).size).toBe(COMPONENTS.length);
    expect(new Set(LINKS.map((l) => l.id)).size).toBe(LINKS.length);
    expect(COMPONENTS.map((c) => c.id)).toEqual([...COMPONENT_IDS]);
    expect(LINKS.map((l) => l.id)).toEqual([...LINK_IDS]);
  });

  it('puts Nginx, the application server, the code base and MySQL inside the one server', () => {
    for (const id of ['nginx', 'app-server', 'app-files', 'mysql'] as const) expect(getComponent(id).parent).toBe('server');
    for (const id of ['resolver', 'root', 'tld', 'authoritative'] as const) expect(getComponent(id).parent).toBe('dns');
    expect(getComponent('server').label).toContain('8.8.8.8');
  });

  it('lists parents before their children, as React Flow requires', () => {
    const order = COMPONENTS.map((c) => c.id);
    for (const c of COMPONENTS) if (c.parent) expect(order.indexOf(c.parent)).toBeLessThan(order.indexOf(c.id));
  });

  it('names each component for screen readers by what it is', () => {
    expect(getComponent('nginx').accessibleName).toBe('Nginx web server');
    expect(getComponent('mysql').accessibleName).toBe('MySQL database');
    expect(getComponent('app-files').accessibleName).toContain('code base');
    for (const c of COMPONENTS) expect(c.accessibleName.length).toBeGreaterThan(3);
  });

  it('shows the A record and the ports learners must know', () => {
    expect(getComponent('dns').detail).toBe('www.foobar.com. A 8.8.8.8');
    expect(getComponent('nginx').ports).toEqual([80, 443]);
    expect(getComponent('mysql').ports).toEqual([3306]);
    expect(linkBetween('browser', 'resolver')).toMatchObject({ protocol: 'UDP', port: 53 });
    expect(linkBetween('browser', 'nginx')).toMatchObject({ protocol: 'TCP', port: [80, 443] });
    expect(linkBetween('browser', 'nginx')!.label).toMatch(/HTTP.*HTTPS.*80.*443/);
    expect(linkBetween('nginx', 'app-server')!.label).toContain('proxy_pass 127.0.0.1:8000');
    expect(linkBetween('app-server', 'mysql')).toMatchObject({ protocol: 'TCP', port: 3306 });
    expect(linkBetween('app-server', 'app-files')!.label).toMatch(/loads and runs/);
  });

  it('joins only known components, each link to a different one', () => {
    for (const l of LINKS) {
      expect(isElementId(l.source) && isElementId(l.target)).toBe(true);
      expect(l.source).not.toBe(l.target);
      expect(l.accessibleName).toMatch(/^Link: /);
    }
  });

  it('gives a group the links of the components inside it', () => {
    expect(linksOf('server').map((l) => l.id)).toEqual(
      expect.arrayContaining(['browser-nginx', 'nginx-app-server', 'app-server-mysql', 'app-server-app-files', 'nginx-app-files']),
    );
    expect(linksOf('mysql').map((l) => l.id)).toEqual(['app-server-mysql']);
  });

  it('rejects ids that are not on the diagram', () => {
    for (const bad of ['<script>', '__proto__', 'constructor', '', 'NGINX', 42, null]) expect(isElementId(bad)).toBe(false);
  });
});
