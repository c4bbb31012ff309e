import type { Colours, DrawnPackets } from './drawPackets';
import { packetHalfSize } from './drawPackets';
import { packetShape } from './packets';

/**
 * For end-to-end tests and the benchmark: where packets are drawn, and the journey's packet names, in
 * page coordinates, and the colours the canvas draws with. Only builds made with `VITE_TEST_HOOKS=1` call this.
 */
export function exposePacketsForTests(el: HTMLCanvasElement, drawn: DrawnPackets, colours: Colours): void {
  const hooks = window as unknown as Record<string, unknown>;
  hooks.__webStackExplorerPacketColours = () => ({ ...colours });
  hooks.__webStackExplorerPackets = () => {
    const rect = el.getBoundingClientRect();
    return drawn.sprites.map((s, i) => {
      const half = packetHalfSize(packetShape(s.event, s.progress >= 1), drawn.radius);
      return { x: drawn.xs[i]! + rect.left, y: drawn.ys[i]! + rect.top, packet: s.event.packet, width: half.w * 2, height: half.h * 2 };
    });
  };
  hooks.__webStackExplorerPacketNames = () => {
    const rect = el.getBoundingClientRect();
    return drawn.texts.map((t) => ({ ...t, x: t.x + rect.left, y: t.y + rect.top }));
  };
}
