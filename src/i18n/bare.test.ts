/** Any text added to a view later comes with its French: text written straight into JSX fails here. */
import { expect, it } from 'vitest';
import { bareJsxText } from './keys.node';

/** Technical literals and the product's name, the same in every language. */
const LITERALS = ['Web Stack Explorer', '. 300 IN', '· GET', 'foobar', 'req/s'];

it('finds no interface text outside t(): every word a learner reads can be translated', () => {
  const bare = bareJsxText('src').filter((hit) => !LITERALS.some((literal) => hit.endsWith(`: ${literal}`)));
  expect(bare).toEqual([]);
});
