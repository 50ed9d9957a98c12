import { transformSync } from 'esbuild';

/**
 * The literal text a .tsx file puts on screen: JSX text children and string-literal values of the
 * props a user reads or hears (`aria-label`, `title`, `placeholder`, and our components' `label`
 * and `hint`). esbuild compiles the JSX into calls of a marker function, whose arguments are then
 * split at their top-level commas: esbuild has already turned JSX text into plain string literals
 * and dropped the types, so no TypeScript parser is needed (TypeScript 7 has no JS API).
 */

const MARKER = '__SIDECARD_JSX__';
const SPOKEN_PROPS = ['aria-label', 'aria-description', 'title', 'placeholder', 'alt', 'label', 'hint'];

export interface ScreenText {
  /** `text` for a JSX child, else the prop's name. */
  where: string;
  text: string;
}

export function literalScreenText(source: string): ScreenText[] {
  const { code } = transformSync(source, {
    loader: 'tsx',
    jsx: 'transform',
    jsxFactory: MARKER,
    jsxFragment: `${MARKER}_FRAGMENT`,
    charset: 'utf8',
    legalComments: 'none',
  });
  const found: ScreenText[] = [];
  for (let at = code.indexOf(`${MARKER}(`); at >= 0; at = code.indexOf(`${MARKER}(`, at + 1)) {
    const [, props, ...children] = splitTopLevel(code, at + MARKER.length + 1, ',', ')');
    for (const child of children) {
      for (const text of shownLiterals(child)) found.push({ where: 'text', text });
    }
    if (props?.startsWith('{')) {
      for (const entry of splitTopLevel(props, 1, ',', '}')) {
        const colon = entry.indexOf(':');
        const name = entry.slice(0, colon).trim().replace(/^"|"$/g, '');
        if (colon < 0 || !SPOKEN_PROPS.includes(name)) continue;
        for (const text of shownLiterals(entry.slice(colon + 1))) found.push({ where: name, text });
      }
    }
  }
  return found;
}

/**
 * The string and template literals an expression may evaluate to: those outside any brackets
 * (`"a"`, `x ? "a" : "b"`, `name || "b"`), not the arguments of a call such as `t("key")`.
 * A template literal's `${…}` parts are left out.
 */
function shownLiterals(expression: string): string[] {
  const texts: string[] = [];
  let depth = 0;
  for (let i = 0; i < expression.length; i++) {
    const c = expression[i] as string;
    if (c === '"' || c === "'" || c === '`') {
      const from = i;
      for (i++; i < expression.length && expression[i] !== c; i++) if (expression[i] === '\\') i++;
      // Inside a call, or one side of a comparison (`reason === "permission"`): not shown.
      const compared =
        /[=!]=\s*$/.test(expression.slice(0, from)) || /^\s*[=!]=/.test(expression.slice(i + 1));
      if (depth > 0 || compared) continue;
      const inner = expression.slice(from + 1, i);
      texts.push((c === '`' ? inner.replace(/\$\{[^}]*\}/g, '') : inner).replace(/\\(.)/g, '$1'));
    } else if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) depth--;
  }
  return texts;
}

/**
 * The pieces of `code` from `start` up to the closing `end`, split at top-level `separator`s,
 * skipping strings, template literals and comments.
 */
function splitTopLevel(code: string, start: number, separator: string, end: string): string[] {
  const pieces: string[] = [];
  const open: string[] = [];
  const closing: Record<string, string> = { '(': ')', '[': ']', '{': '}' };
  let from = start;
  for (let i = start; i < code.length; i++) {
    const c = code[i] as string;
    if (c === '"' || c === "'" || c === '`') {
      for (i++; i < code.length && code[i] !== c; i++) if (code[i] === '\\') i++;
    } else if (c === '/' && code[i + 1] === '*') {
      i = code.indexOf('*/', i) + 1;
    } else if (c === '/' && code[i + 1] === '/') {
      i = code.indexOf('\n', i);
    } else if (c in closing) {
      open.push(closing[c] as string);
    } else if (open.length > 0 && c === open[open.length - 1]) {
      open.pop();
    } else if (open.length === 0 && (c === separator || c === end)) {
      pieces.push(
        code
          .slice(from, i)
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .trim(),
      );
      from = i + 1;
      if (c === end) return pieces.filter(Boolean);
    }
  }
  throw new Error(`unbalanced code after offset ${start}`);
}
