import { readFileSync } from 'node:fs';
import type { Nodes } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parseSubmission } from '../../server/src/engine/document/parseSubmission';
const text = readFileSync('test/fixtures/submissions/azerbaijan-2018-draft.md', 'utf8');
const whole = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);
const sig = (root: Nodes): string[] => {
  const out: string[] = [];
  const visit = (n: Nodes, inFn: boolean): void => {
    if (!n.position) { console.log("NOPOS", n.type, JSON.stringify((n as any).value ?? (n as any).url)); return; }
    if ((process.env.KINDS ?? 'paragraph,heading,tableCell,link,code,footnoteDefinition').split(',').includes(n.type) && !(inFn && n.type === 'paragraph')) out.push(`${n.type}@${n.position!.start.offset}-${n.position!.end.offset}`);
    if ('children' in n) for (const c of n.children as Nodes[]) visit(c, inFn || n.type === 'footnoteDefinition');
  };
  visit(root, false);
  return out.sort();
};
let seed = Number(process.argv[2] ?? 1);
const rand = (n: number): number => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
const pieces = (process.env.PIECES ?? '').split('~');
let current = text;
let diffs = 0;
for (let i = 0; i < 300; i++) {
  const at = rand(current.length + 1);
  if (rand(3) === 0) current = current.slice(0, at) + current.slice(Math.min(current.length, at + rand(40)));
  else current = current.slice(0, at) + pieces[rand(pieces.length)]! + current.slice(at);
  if (current.startsWith('---') && !/\n---[ \t]*(\r?\n|$)/.test(current)) continue;
  const a = sig(whole.parse(current));
  const b = sig(parseSubmission(current).root);
  if (JSON.stringify(a) !== JSON.stringify(b)) {
    diffs++;
    if (diffs === 1) require('node:fs').writeFileSync('/tmp/pm/diff-' + process.argv[2] + '.md', current);
    if (diffs <= 3) {
      const onlyA = a.filter((x) => !b.includes(x)), onlyB = b.filter((x) => !a.includes(x));
      console.log('edit', i, 'whole only', onlyA.slice(0, 4), 'ours only', onlyB.slice(0, 4));
      const o = Number((onlyA[0] ?? onlyB[0])!.split('@')[1]!.split('-')[0]);
      console.log(JSON.stringify(current.slice(Math.max(0, o - 150), o + 80)));
    }
  }
}
console.log('diffs', diffs, '/ 300');
