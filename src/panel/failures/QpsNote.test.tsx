// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { QPS_NOTE } from '../../content/qps';
import { MODEL_CAPACITY } from './capacity';
import { QpsNote } from './QpsNote';

afterEach(cleanup);

it('teaches QPS beside the slider: the term (defined in place), what this server can take and why, in the model’s figures', () => {
  const { container } = render(<QpsNote />);
  expect(screen.getByRole('button', { name: 'QPS: show definition' })).toBeTruthy();
  const text = container.textContent ?? '';
  expect(text).toContain(`about ${Math.round(MODEL_CAPACITY.siteRps)} requests per second in all`);
  expect(text).toContain(`about ${Math.round(MODEL_CAPACITY.appRps)} pages a second`);
  expect(text).toContain(`${MODEL_CAPACITY.cpuCores} CPU cores`);
  expect(text).toContain(`${MODEL_CAPACITY.appWorkers} workers`);
});

it('quotes whatever figures it is given', () => {
  const text = QPS_NOTE.capacity({ siteRps: 200.4, appRps: 140.2, appWorkers: 9, cpuCores: 4, cpuLimitRps: 150 });
  expect(text).toMatch(/about 200 requests per second.*about 140 pages.*9 workers.*4 CPU cores.*about 150 pages/);
});
