/**
 * Short panel sentences that tie the content of `src/content/failures.ts` to the live model.
 * They belong with the rest of the content; they live here until `src/content` can take them.
 */
import { t } from '../../i18n/t';
import type { DeployMethod } from '../../store/ui';
import { asWritten } from './figure';

/** The name still resolves while the server is off: DNS knows nothing about the machine's health. */
export const DNS_STILL_ANSWERS =
  'DNS still answers www.foobar.com → 8.8.8.8: the name resolves, but the machine behind that address is gone, so nobody answers the connection.';

/** "A browser on Linux really waits 131 s …; here that wait is compressed ×10 to 13.1 s." */
export function compressedWaitText(realS: number, compression: number): string {
  const shown = Number((realS / compression).toFixed(1));
  return t(
    'A real browser on Linux keeps retrying for about {realS} s before it gives up (on Windows and macOS it gives up sooner); on this teaching clock that wait is compressed ×{compression}, to {shown} s, so you can watch the timeouts arrive.',
    { realS, compression, shown: asWritten(shown) },
  );
}

export const JOURNEY_DEPLOY_NOTE =
  'In journey mode the deploy starts at the beginning of the journey: the player rebuilds the journey with the maintenance window at t = 0.';

export const RATE_SWITCHES_MODE = 'Moving the slider switches to traffic mode if you are following the journey.';

/** Short names for the bands of the deploy timeline. */
export const DEPLOY_SHORT_LABEL: Record<DeployMethod, string> = {
  'nginx-restart': 'Nginx restart',
  'app-restart': 'App restart',
  'nginx-reload': 'Nginx reload',
};

export const LITTLE_NOTE =
  'Little’s law, L = λW, holds for any stable queue. The median latency stands in for the mean W here, and latency is skewed, so λW reads a little low below capacity; above it the in-flight count keeps growing while λW, which only counts finished requests, cannot show it.';
