/**
 * Expands a VS Code (TextMate) snippet body to the text the editor inserts before the
 * user types anything, for tests. No maintained npm package exposes VS Code's own
 * SnippetParser short of the whole monaco-editor, so this is a focused parser of the
 * syntax (https://code.visualstudio.com/docs/editing/userdefinedsnippets#_grammar):
 *
 * - tab stops `$1`, `${1}` and placeholders `${1:default}` (defaults may nest);
 * - choices `${1|one,two|}` expand to their first option (`\,` `\|` escaped inside);
 * - a tab stop used several times takes the first default given for it (VS Code's
 *   mirrors), so `${1:Azerbaijan} … $1` writes Azerbaijan twice;
 * - variables `$NAME` / `${NAME:default}` expand to their default (or nothing);
 * - `\$`, `\}` and `\\` are escapes.
 *
 * Transforms (`${1/regex/format/}`) are not supported and throw: the editor test checks
 * this expander against the real one, so a gap would show up there too.
 */

type Node = { kind: 'text'; text: string } | { kind: 'tabstop'; index: number; children: Node[]; choice?: string[] };

export interface ExpandedSnippet {
  text: string;
  /** Every tab stop index used, in order of first appearance. */
  tabStops: number[];
  /** The options of each choice, by tab stop. */
  choices: Map<number, string[]>;
}

export class SnippetSyntaxError extends Error {}

export function parseSnippet(body: string): Node[] {
  let pos = 0;
  const fail = (what: string): never => {
    throw new SnippetSyntaxError(`${what} at offset ${pos} of snippet: ${JSON.stringify(body.slice(Math.max(0, pos - 20), pos + 20))}`);
  };

  /** Reads nodes until `stopAt` (unescaped) or the end; `}` ends a placeholder default. */
  const readNodes = (inPlaceholder: boolean): Node[] => {
    const nodes: Node[] = [];
    let text = '';
    const flush = (): void => {
      if (text !== '') nodes.push({ kind: 'text', text });
      text = '';
    };
    while (pos < body.length) {
      const c = body[pos]!;
      if (c === '\\' && pos + 1 < body.length && '$}\\'.includes(body[pos + 1]!)) {
        text += body[pos + 1];
        pos += 2;
      } else if (c === '}' && inPlaceholder) {
        break;
      } else if (c === '$') {
        const node = readDollar();
        if (node === undefined) {
          text += '$';
          pos++;
        } else {
          flush();
          if (node !== null) nodes.push(node);
        }
      } else {
        text += c;
        pos++;
      }
    }
    flush();
    return nodes;
  };

  /** At a `$`: a tab stop node, null for a variable expanded to nothing, undefined for a literal `$`. */
  const readDollar = (): Node | null | undefined => {
    const rest = body.slice(pos);
    let m = /^\$(\d+)/.exec(rest);
    if (m) {
      pos += m[0].length;
      return { kind: 'tabstop', index: Number(m[1]), children: [] };
    }
    m = /^\$([_A-Za-z][_A-Za-z0-9]*)/.exec(rest);
    if (m) {
      pos += m[0].length;
      return null; // an unknown or context variable: no default, expands to nothing here
    }
    m = /^\$\{(\d+)/.exec(rest);
    if (m) {
      pos += m[0].length;
      const index = Number(m[1]);
      const next = body[pos];
      if (next === '}') {
        pos++;
        return { kind: 'tabstop', index, children: [] };
      }
      if (next === ':') {
        pos++;
        const children = readNodes(true);
        if (body[pos] !== '}') fail('unclosed placeholder');
        pos++;
        return { kind: 'tabstop', index, children };
      }
      if (next === '|') {
        pos++;
        const options: string[] = [];
        let option = '';
        for (;;) {
          if (pos >= body.length) fail('unclosed choice');
          const c = body[pos]!;
          if (c === '\\' && pos + 1 < body.length && ',|\\'.includes(body[pos + 1]!)) {
            option += body[pos + 1];
            pos += 2;
          } else if (c === ',') {
            options.push(option);
            option = '';
            pos++;
          } else if (c === '|' && body[pos + 1] === '}') {
            options.push(option);
            pos += 2;
            break;
          } else {
            option += c;
            pos++;
          }
        }
        return { kind: 'tabstop', index, children: [{ kind: 'text', text: options[0]! }], choice: options };
      }
      if (next === '/') fail('transforms are not supported by this test expander');
      fail('malformed tab stop');
    }
    m = /^\$\{([_A-Za-z][_A-Za-z0-9]*)/.exec(rest);
    if (m) {
      pos += m[0].length;
      if (body[pos] === '}') {
        pos++;
        return null;
      }
      if (body[pos] !== ':') fail('variable transforms are not supported by this test expander');
      pos++;
      const children = readNodes(true);
      if (body[pos] !== '}') fail('unclosed variable');
      pos++;
      // A variable's default, as if it were unset: kept as a tab stop-free group.
      return { kind: 'tabstop', index: -1, children };
    }
    return undefined;
  };

  const nodes = readNodes(false);
  if (pos < body.length) fail('unexpected "}"');
  return nodes;
}

/** The text a snippet body inserts (array bodies are joined with newlines, as VS Code does). */
export function expandSnippet(body: string | string[]): ExpandedSnippet {
  const nodes = parseSnippet(Array.isArray(body) ? body.join('\n') : body);
  const defaults = new Map<number, Node[]>();
  const tabStops: number[] = [];
  const choices = new Map<number, string[]>();
  const collect = (ns: Node[]): void => {
    for (const n of ns) {
      if (n.kind !== 'tabstop') continue;
      if (n.index >= 0 && !tabStops.includes(n.index)) tabStops.push(n.index);
      if (n.index >= 0 && n.children.length > 0 && !defaults.has(n.index)) defaults.set(n.index, n.children);
      if (n.choice && !choices.has(n.index)) choices.set(n.index, n.choice);
      collect(n.children);
    }
  };
  collect(nodes);
  const render = (ns: Node[], seen: number[]): string =>
    ns
      .map((n) => {
        if (n.kind === 'text') return n.text;
        if (n.index < 0) return render(n.children, seen);
        if (seen.includes(n.index)) throw new SnippetSyntaxError(`tab stop $${n.index} contains itself`);
        return render(defaults.get(n.index) ?? [], [...seen, n.index]);
      })
      .join('');
  return { text: render(nodes, []), tabStops, choices };
}
