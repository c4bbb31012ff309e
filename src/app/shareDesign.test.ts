import { beforeEach, describe, expect, it } from 'vitest';
import { buildIframeSnippet, buildShareLink } from '../embed/snippet';
import { currentUrlState } from '../store/urlWriter';
import { INITIAL_UI, useUi } from '../store/ui';
import { designNow } from './shareDesign';

const base = 'https://example.github.io/web-stack-explorer/';

describe('the design the Share / Embed dialog offers', () => {
  beforeEach(() => useUi.setState(INITIAL_UI, true));

  it('names the fixed design played now, and nothing for the one-server stack', () => {
    expect(designNow()).toBeNull();
    useUi.setState({ fixes: ['lb', 'replica'], servers: 3 });
    expect(designNow()).toBe('3 servers behind HAProxy, a MySQL replica');
    // A replica alone leaves one server: traffic plays the one-server stack.
    useUi.setState({ fixes: ['replica'], servers: null });
    expect(designNow()).toBeNull();
  });

  it('travels in the link and the embed code', () => {
    useUi.setState({ fixes: ['lb', 'lb-pair'], servers: 4 });
    expect(buildShareLink(base, currentUrlState())).toBe(`${base}?fixes=lb,lb-pair&servers=4`);
    expect(buildIframeSnippet(base, currentUrlState())).toContain(`src="${base}?embed=1&amp;fixes=lb,lb-pair&amp;servers=4"`);
  });
});
