// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { ownsKeys } from './shortcuts';
import { SHORTCUTS } from './shortcutList';

afterEach(() => document.body.replaceChildren());

function focusable(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body.querySelector<HTMLElement>('[data-t]')!;
}

describe('ownsKeys: Space', () => {
  it('belongs to the focused control', () => {
    for (const html of [
      '<button data-t>Play</button>',
      '<a href="#x" data-t>link</a>',
      '<details><summary data-t>More</summary></details>',
      '<input type="checkbox" data-t>',
      '<div role="tab" tabindex="0" data-t>Events</div>',
      '<div role="switch" tabindex="0" data-t>SPOF</div>',
      '<div class="react-flow__node" role="button" tabindex="0" data-t>Nginx</div>',
      '<div class="react-flow__node" tabindex="0" data-t>Nginx</div>',
    ]) {
      expect(ownsKeys(focusable(html), ' '), html).toBe(true);
    }
  });

  it('plays everywhere else: the page, text, a scrolled list', () => {
    expect(ownsKeys(document.body, ' ')).toBe(false);
    expect(ownsKeys(focusable('<p data-t>text</p>'), ' ')).toBe(false);
    expect(ownsKeys(focusable('<div tabindex="-1" data-t><table></table></div>'), ' ')).toBe(false);
    expect(ownsKeys(focusable('<a data-t>no href</a>'), ' ')).toBe(false);
  });

  it('leaves Space to anything inside a dialog', () => {
    expect(ownsKeys(focusable('<div role="dialog"><p data-t>x</p></div>'), ' ')).toBe(true);
  });
});

describe('the help', () => {
  it('says Space plays only off controls, and opens a focused component', () => {
    const space = SHORTCUTS.filter((s) => s.keys.includes('Space'));
    expect(space.map((s) => s.label)).toEqual([
      expect.stringMatching(/^Play or pause, unless the focus is on a control .*diagram component/),
      'On a focused component or link: open its explanation',
    ]);
  });
});
