import { describe, expect, it } from 'vitest';
import { DEFAULT_URL_STATE, type UrlState } from '../url/params';
import { parseUrlState } from '../url/parse';
import { buildIframeSnippet, buildShareLink, escapeAttribute, IFRAME_TITLE } from './snippet';

const base = 'https://example.github.io/web-stack-explorer/';
const state: UrlState = { ...DEFAULT_URL_STATE, select: 'nginx', failure: 'spof', rps: 250 };

describe('buildShareLink', () => {
  it('puts the state in the query', () => {
    expect(buildShareLink(base, state)).toBe(`${base}?select=nginx&failure=spof&rps=250`);
    expect(buildShareLink(base, { ...DEFAULT_URL_STATE })).toBe(base);
  });

  it('replaces the tool’s own parameters and keeps others and the fragment', () => {
    const link = buildShareLink(`${base}?select=mysql&ref=course&rps=9#top`, state);
    expect(link).toBe(`${base}?ref=course&select=nginx&failure=spof&rps=250#top`);
  });

  it('round-trips through parseUrlState', () => {
    const link = buildShareLink('./index.html', { ...state, origin: ['https://lms.example.edu'], t: 4.25 });
    expect(parseUrlState(link.slice(link.indexOf('?'))).state).toEqual({ ...state, origin: ['https://lms.example.edu'], t: 4.25 });
  });

  it('carries a fixed design, readable, and round-trips it', () => {
    const fixed: UrlState = { ...state, fixes: ['lb', 'lb-pair', 'replica'], servers: 3 };
    const link = buildShareLink(base, fixed);
    expect(link).toBe(`${base}?select=nginx&failure=spof&rps=250&fixes=lb,lb-pair,replica&servers=3`);
    expect(parseUrlState(link.slice(link.indexOf('?')))).toEqual({ state: fixed, notices: [] });
  });
});

describe('buildIframeSnippet', () => {
  it('is a titled, lazy, borderless iframe whose src has embed=1 and the state', () => {
    const snippet = buildIframeSnippet(base, state);
    expect(snippet).toBe(
      `<iframe src="${base}?select=nginx&amp;failure=spof&amp;rps=250&amp;embed=1" title="${IFRAME_TITLE}" ` +
        'width="100%" height="560" loading="lazy" style="border:0" allow="fullscreen"></iframe>',
    );
    expect(snippet).toContain('title="Web Stack Explorer: how one server serves www.foobar.com"');
    expect(snippet).toContain('loading="lazy"');
  });

  it('names a one-scene frame after its scene and keeps the scene in the address', () => {
    const snippet = buildIframeSnippet(base, { ...DEFAULT_URL_STATE, scene: 'spof', mode: 'traffic' });
    expect(snippet).toContain('title="Web Stack Explorer: single point of failure"');
    expect(snippet).toContain('scene=spof');
    expect(snippet).toContain('height="560"');
  });

  it('takes a width and height', () => {
    const snippet = buildIframeSnippet(base, DEFAULT_URL_STATE, { width: '720px', height: 640.4 });
    expect(snippet).toContain('width="720px" height="640"');
    expect(buildIframeSnippet(base, DEFAULT_URL_STATE, { height: Number.NaN })).toContain('height="560"');
  });

  it('escapes quotes and angle brackets in the base URL and width', () => {
    const snippet = buildIframeSnippet(`https://x.example/"><script>alert('x')</script>`, DEFAULT_URL_STATE, { width: '"onload="alert(1)' });
    expect(snippet).not.toContain('<script>');
    expect(snippet).not.toMatch(/"\s*onload=/);
    expect(snippet).toContain('src="https://x.example/&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;?embed=1"');
    expect(snippet.match(/</g)).toHaveLength(2);
  });

  it('escapes every HTML-significant character in attributes', () => {
    expect(escapeAttribute(`&"'<>`)).toBe('&amp;&quot;&#39;&lt;&gt;');
  });
});
