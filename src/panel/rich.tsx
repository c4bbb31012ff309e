import { createElement, Fragment, type ReactNode } from 'react';

/** A translated sentence whose `{name}` places hold elements (a `<code>`, a `<strong>`): one whole sentence, its pieces in its own order. */
export function rich(text: string, nodes: Readonly<Record<string, ReactNode>>): ReactNode {
  return createElement(Fragment, null, ...text.split(/\{(\w+)\}/).map((part, i) => (i % 2 ? nodes[part] : part)));
}
