import type { ComponentId } from '../../sim/topology';

/** Small inline icons (nothing loaded from elsewhere); decorative, so hidden from screen readers. */
const PATHS: Partial<Record<ComponentId, string>> = {
  browser: 'M2 3h12v10H2z M2 6h12 M4 4.5h.01 M6 4.5h.01',
  dns: 'M8 2a6 6 0 1 0 0 12A6 6 0 0 0 8 2z M2 8h12 M8 2c2 2 2 10 0 12 M8 2c-2 2-2 10 0 12',
  resolver: 'M3 8a5 5 0 1 1 2 4 M3 12V9h3',
  root: 'M8 2v12 M8 6 4 10 M8 6l4 4 M8 10l-3 4 M8 10l3 4',
  tld: 'M3 4h10v8H3z M6 7h4 M6 9h4',
  authoritative: 'M8 2l5 2v4c0 3-2 5-5 6-3-1-5-3-5-6V4z M6 8l1.5 1.5L10.5 6.5',
  server: 'M2 3h12v4H2z M2 9h12v4H2z M11 5h.01 M11 11h.01',
  nginx: 'M8 1.5l5.5 3.2v6.6L8 14.5l-5.5-3.2V4.7z M6 10.5v-5l4 5v-5',
  'app-server': 'M5 5 2 8l3 3 M11 5l3 3-3 3 M9 3 7 13',
  'app-files': 'M4 2h5l3 3v9H4z M9 2v3h3',
  mysql: 'M3 4c0-1 2.2-2 5-2s5 1 5 2v8c0 1-2.2 2-5 2s-5-1-5-2z M3 4c0 1 2.2 2 5 2s5-1 5-2 M3 8c0 1 2.2 2 5 2s5-1 5-2',
};

export function ComponentIcon({ id }: { id: ComponentId }) {
  return (
    <svg className="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path d={PATHS[id] ?? ''} fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
