/** For tests: every `t('…')` and `tn(n, { one, other })` literal in the source, read with the TypeScript parser. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import type { PluralForms } from './t';

export interface SourceKeys {
  /** `t` keys, with the file they first appear in. */
  singles: Map<string, string>;
  /** `tn` forms, keyed by their `other`. */
  plurals: Map<string, PluralForms & { file: string }>;
  /** Calls whose text is not a literal (lint forbids them; listed here so the test can name them). */
  dynamic: string[];
}

function files(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files(path, out);
    else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$|\.node\.ts$/.test(name) && !path.includes('/i18n/fr/')) out.push(path);
  }
  return out;
}

function literal(node: ts.Node | undefined): string | null {
  if (node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node))) return node.text;
  return null;
}

export function sourceKeys(root: string): SourceKeys {
  const keys: SourceKeys = { singles: new Map(), plurals: new Map(), dynamic: [] };
  for (const file of files(root)) {
    const text = readFileSync(file, 'utf8');
    if (!/\bt\(|\btn\(/.test(text)) continue;
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
    const visit = (node: ts.Node) => {
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
        const name = node.expression.text;
        const where = `${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
        if (name === 't') {
          const key = literal(node.arguments[0]);
          if (key === null) keys.dynamic.push(where);
          else if (!keys.singles.has(key)) keys.singles.set(key, where);
        } else if (name === 'tn') {
          const forms = node.arguments[1];
          if (!forms || !ts.isObjectLiteralExpression(forms)) keys.dynamic.push(where);
          else {
            const read: Record<string, string> = {};
            for (const prop of forms.properties) {
              if (ts.isPropertyAssignment(prop) && ts.isIdentifier(prop.name)) {
                const value = literal(prop.initializer);
                if (value === null) keys.dynamic.push(where);
                else read[prop.name.text] = value;
              }
            }
            if (read.other === undefined) keys.dynamic.push(where);
            else keys.plurals.set(read.other, { ...read, other: read.other, file: where });
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return keys;
}

/**
 * Text written straight into JSX (`<p>Hello</p>`, `aria-label="Hello"`) rather than through `t()`: what a
 * translation would miss. Returns `file:line: text` for each, words of two letters or more only.
 */
export function bareJsxText(root: string): string[] {
  const found: string[] = [];
  for (const file of files(root).filter((f) => f.endsWith('.tsx'))) {
    const text = readFileSync(file, 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
    const where = (node: ts.Node) => `${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const visit = (node: ts.Node) => {
      if (ts.isJsxText(node) && /\p{L}{2}/u.test(node.text)) found.push(`${where(node)}: ${node.text.trim()}`);
      if (ts.isJsxAttribute(node) && /^(aria-label|aria-description|aria-valuetext|title|alt|placeholder|label)$/.test(node.name.getText(source))) {
        const value = node.initializer;
        if (value && ts.isStringLiteral(value) && /\p{L}{2}/u.test(value.text)) found.push(`${where(node)}: ${node.name.getText(source)}="${value.text}"`);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}
