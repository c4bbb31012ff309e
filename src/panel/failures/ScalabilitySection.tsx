import type { ReactNode } from 'react';
import { FAILURE_EXPLANATIONS } from '../../content/failures';
import { t, tn } from '../../i18n/t';
import { appFormula, siteFormula } from './capacity';
import { asWritten } from './figure';
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
        <SceneChart what="pages">
          <ThroughputChart />
        </SceneChart>
      }
      moreCharts={
        <SceneChart what="latency">
          <LatencyChart />
          <FailedChart />
        </SceneChart>
      }
      more={
        <>
          {standalone && <QpsNote />}
          <div className="failures__formula">
            <p>
              <strong>{t('Capacity of the application: ')}</strong>
              <span className="failures__math">{appFormula(c)}</span>
            </p>
            <p className="muted">
              {tn(
                c.appWorkers,
                {
                  one: 'Its {n} worker handles one dynamic request at a time, holding it for {ms} ms of code plus {queries} SQL queries × {queryMs} ms = {total} ms.',
                  other: 'Each of the {n} workers handles one dynamic request at a time, holding it for {ms} ms of code plus {queries} SQL queries × {queryMs} ms = {total} ms.',
                },
                { ms: asWritten(c.appServiceMs), queries: c.queriesPerRequest, queryMs: asWritten(c.queryMs), total: asWritten(c.dynamicServiceMs) },
              )}
            </p>
            <p>
              <strong>{t('Capacity of the whole site (shown on the slider and the charts): ')}</strong>
              <span className="failures__math">{siteFormula(c)}</span>
            </p>
            <p className="muted">
              {t('{pct} % of requests are static files that Nginx serves without the application, so the workers are full when all traffic reaches about {rps} req/s.', {
                pct: Math.round(c.staticFraction * 100),
                rps: Math.round(c.siteRps),
              })}
            </p>
            {site.servers > 1 && (
              <p>
                <strong>{t('With {n} servers behind HAProxy (playing now): ', { n: site.servers })}</strong>
                <span className="failures__math">
                  {site.servers} × {Math.round(c.siteRps)} ≈ {Math.round(site.siteRps)} req/s
                </span>{' '}
                <span className="muted">
                  {t('round robin gives each server the same share; their workers hold at most {held} of MySQL’s {max} connections, and the model gives MySQL no CPU limit of its own.', {
                    held: site.servers * c.appWorkers,
                    max: DEFAULT_CONFIG.mysqlMaxConnections,
                  })}
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
