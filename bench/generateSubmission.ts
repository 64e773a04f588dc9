import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * A joint submission of about `words` body words for the checker benchmark, made from
 * the real-style drafts in the repository: their front matter, then their thematic
 * sections repeated (paragraph numbers continued) until the length is reached, then
 * the endnotes. The text is the kind the checker meets, not lorem ipsum.
 */
export function generateSubmission(repo: string, words: number): string {
  const sources = [path.join(repo, 'examples', 'azerbaijan-2018-draft.md'), path.join(repo, 'test', 'fixtures', 'submissions', 'azerbaijan-2018-draft.md')];
  const bodies: string[] = [];
  const notes: string[] = [];
  for (const file of sources) {
    const text = fs.readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
    const firstNote = text.search(/^\[\^[^\]]+\]:/m);
    bodies.push(firstNote >= 0 ? text.slice(0, firstNote) : text);
    if (firstNote >= 0) notes.push(text.slice(firstNote));
  }
  const count = (s: string): number => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  let body = '';
  let n = 0;
  let para = 0;
  while (count(body) < words) {
    const chunk = bodies[n % bodies.length]!.replace(/^(\s*)\d+\. /gm, (_m, indent: string) => `${indent}${++para}. `);
    // Trim the last chunk to land near the target.
    const remaining = words - count(body);
    body += count(chunk) <= remaining ? chunk : chunk.split('\n\n').reduce((acc, p) => (count(acc) + count(p) <= remaining ? `${acc}${p}\n\n` : acc), '');
    n++;
    if (n > 50) break;
  }
  const front = '---\nstate-under-review: Azerbaijan\ncycle: 3\nsession: 30\nprevious-review: A/HRC/24/13\nsubmission-type: joint\nsubmitted-by:\n  - Norwegian Helsinki Committee\n  - Example Coalition Partner\n---\n\n';
  return `${front}${body}\n${notes.join('\n')}`;
}
