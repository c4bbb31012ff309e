/** Placeholder until the fixed design's diagram lands: its parts and their status, as a list. */
import type { Design } from '../../playback/snapshot';
import { useUi } from '../../store/ui';

export default function FixedDiagram({ design }: { design: Design }) {
  const parts = useUi((s) => s.live.parts);
  return (
    <div className="diagram" aria-label={`Diagram of ${design.servers} servers behind HAProxy`}>
      <ul>
        {Object.entries(parts ?? {}).map(([id, p]) => (
          <li key={id} data-part={id}>
            {id}: {p.status} {p.capacity ? `${p.busy}/${p.capacity}` : ''}
          </li>
        ))}
      </ul>
    </div>
  );
}
