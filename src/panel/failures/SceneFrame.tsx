import { useId, useState, type ReactNode } from 'react';
import { COMPARE_SCENE } from '../../store/compareActions';
import { SCENES, type BreakSceneId } from '../../content/scenes';
import { localize } from '../../i18n/localize';
import { t } from '../../i18n/t';
import type { Source } from '../../content/types';
import { useUi, type UiState } from '../../store/ui';
import { PredictGate } from '../predict/PredictGate';
import { SourceLinks } from './SourceLinks';

const selectEmbed = (s: UiState) => s.embed;

export interface SceneFrameProps {
  id: BreakSceneId;
  /** Shown alone (`?scene=`): the control and its chart side by side under the diagram. */
  standalone?: boolean;
  /** The one control that breaks it. */
  control: ReactNode;
  /** The chart that shows the damage, placed right beside or under the control. */
  chart: ReactNode;
  /** Further charts: under the first in the panel, folded under "More" when the scene stands alone. */
  moreCharts?: ReactNode;
  /** Everything else the scene has to say, folded under "More". */
  more: ReactNode;
  sources: readonly Source[];
  /** Extra controls for a scene shown alone (play, open the full tool), beside "About this scene". */
  toolbar?: ReactNode;
}

/**
 * One scene of "Break it": a title, two or three sentences, the control, its chart, and the rest of the
 * explanation folded under "More". The DOM order is the reading order in every layout; CSS places it
 * (stacked in the side panel, control and chart side by side when there is room). In a small frame
 * (alone, or the embedded tool) even the two or three sentences fold away: the course page does the telling.
 */
export function SceneFrame({ id, standalone = false, control, chart, moreCharts, more, sources, toolbar }: SceneFrameProps) {
  const headingId = useId();
  const embed = useUi(selectEmbed);
  // In a small frame the control must sit right under the diagram, so the sentences fold away too.
  const foldLead = standalone || embed;
  // `?compare=` opens the fixes of its scene, where the replay runs.
  const [moreOpen] = useState(() => {
    const compare = useUi.getState().compare;
    return compare !== null && COMPARE_SCENE[compare] === id;
  });
  const text = localize(SCENES[id]);
  const moreDetails = (
    <details className="scene__more" open={moreOpen || undefined}>
      <summary>{foldLead ? t('About this scene') : t('More: why, what people see, the fix')}</summary>
      {foldLead && <p className="scene__lead">{text.lead}</p>}
      {standalone && moreCharts}
      {more}
      <SourceLinks sources={sources} />
    </details>
  );
  const Heading = standalone ? 'h2' : 'h3';
  return (
    <section className="scene" data-scene={id} data-standalone={standalone || undefined} aria-labelledby={headingId}>
      <div className="scene__card">
        <Heading id={headingId} className="scene__title">
          {text.title}
        </Heading>
        {!foldLead && <p className="scene__lead">{text.lead}</p>}
        <div className="scene__control">
          <PredictGate scene={id} standalone={standalone}>
            {control}
          </PredictGate>
        </div>
      </div>
      <div className="scene__chart">
        {chart}
        {!standalone && moreCharts}
      </div>
      {standalone ? (
        <div className="scene__foot">
          {moreDetails}
          {toolbar}
        </div>
      ) : (
        moreDetails
      )}
    </section>
  );
}
