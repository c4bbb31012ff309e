import type { ReactNode } from 'react';
import { FAILURE_EXPLANATIONS } from '../../content/failures';
import { appFormula, siteFormula } from './capacity';
import { FixList } from './FixList';
import { useCapacity, useServerCapacity } from './useCapacity';
import { ScaleControls } from '../ScaleControls';
import { DEFAULT_CONFIG } from '../../sim/defaults';
import { IssueFix, IssueWhy } from './IssueExplanation';
import { FailedChart, LatencyChart, ThroughputChart } from './LiveCharts';
import { LittleLaw } from './LittleLaw';
import { ModelAssumptions } from './ModelAssumptions';
import { QpsNote } from './QpsNote';
import { RateSlider } from './RateSlider';
import { SceneChart } from './SceneChart';
import { SceneFrame } from './SceneFrame';

const issue = FAILURE_EXPLANATIONS.scalability;

/** Issue 3: more traffic than one server can serve. A traffic slider with the throughput chart beside it. */
export function ScalabilitySection({ standalone = false, toolbar }: { standalone?: boolean; toolbar?: ReactNode }) {
  const site = useCapacity();
  const c = useServerCapacity();
  return (
    <SceneFrame
      id="scale"
      standalone={standalone}
      toolbar={toolbar}
      control={
        <>
          <RateSlider />
          <ScaleControls />
          {!standalone && <QpsNote />}
        </>
      }
      chart={
        <SceneChart what="pages served and arriving per second">
          <ThroughputChart />
        </SceneChart>
      }
      moreCharts={
        <SceneChart what="latency and failures">
          <LatencyChart />
          <FailedChart />
        </SceneChart>
      }
      more={
        <>
          {standalone && <QpsNote />}
          <div className="failures__formula">
            <p>
              <strong>Capacity of the application: </strong>
              <span className="failures__math">{appFormula(c)}</span>
            </p>
            <p className="muted">
              Each of the {c.appWorkers} workers handles one dynamic request at a time, holding it for {c.appServiceMs} ms of code plus{' '}
              {c.queriesPerRequest} SQL queries × {c.queryMs} ms = {c.dynamicServiceMs} ms.
            </p>
            <p>
              <strong>Capacity of the whole site (shown on the slider and the charts): </strong>
              <span className="failures__math">{siteFormula(c)}</span>
            </p>
            <p className="muted">
              {Math.round(c.staticFraction * 100)} % of requests are static files that Nginx serves without the application, so the
              workers are full when all traffic reaches about {Math.round(c.siteRps)} req/s.
            </p>
            {site.servers > 1 && (
              <p>
                <strong>With {site.servers} servers behind HAProxy (playing now): </strong>
                <span className="failures__math">
                  {site.servers} × {Math.round(c.siteRps)} ≈ {Math.round(site.siteRps)} req/s
                </span>{' '}
                <span className="muted">
                  round robin gives each server the same share; their workers hold at most {site.servers * c.appWorkers} of MySQL’s{' '}
                  {DEFAULT_CONFIG.mysqlMaxConnections} connections, and the model gives MySQL no CPU limit of its own.
                </span>
              </p>
            )}
          </div>
          <LittleLaw />
          <ModelAssumptions />
          <IssueWhy issue={issue} />
          <IssueFix issue={issue} />
          <FixList issue="scalability" />
        </>
      }
      sources={issue.sources}
    />
  );
}
