/**
 * The colours the packet canvas draws with, read from the theme's custom properties. Read again when the
 * theme or the system's colour scheme changes, never per frame.
 */
import { useUi, type UiState } from '../store/ui';
import type { Colours } from './drawPackets';
import { usePrefersDark } from './usePrefersDark';

const selectTheme = (s: UiState) => s.theme;

/** Theme colours resolved to rgb(): custom properties hold light-dark(), which a canvas cannot parse. */
export function readColours(el: HTMLElement): Colours {
  const resolve = (name: string) => {
    el.style.color = `var(${name})`;
    return getComputedStyle(el).color;
  };
  const colours = {
    request: resolve('--packet-request'),
    response: resolve('--packet-response'),
    refused: resolve('--packet-refused'),
    lost: resolve('--packet-lost'),
    label: resolve('--text'),
    labelBg: resolve('--surface'),
  };
  el.style.color = '';
  return colours;
}

/** Changes whenever the colours must be read again: the theme, or (under the system theme) the system's light or dark. */
export function useColourKey(): string {
  const theme = useUi(selectTheme);
  const prefersDark = usePrefersDark();
  return `${theme} ${prefersDark ? 'dark' : 'light'}`;
}
