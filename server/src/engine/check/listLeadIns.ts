import type { ProseBlock } from '../document';

/**
 * The sentence that introduces each list ("Azerbaijan supported recommendations to:"):
 * the last sentence of the block just before the list's first item, when it ends with a
 * colon. Fed the blocks in document order, gives each list item its list's lead-in.
 */
export class ListLeadIns {
  private previous: ProseBlock | undefined;
  /** Lead-in of the open list at each depth (1 = top level). */
  private byDepth: Array<string | undefined> = [];

  next(block: ProseBlock): string | undefined {
    let leadIn: string | undefined;
    if (block.kind === 'listItem' && block.list) {
      const depth = block.list.depth;
      if (block.list.index === 0) {
        const last = this.previous?.sentences.at(-1)?.text;
        this.byDepth[depth] = last !== undefined && /:\s*$/.test(last) ? last : undefined;
      }
      this.byDepth.length = depth + 1; // a shallower item closes the lists inside the one before
      leadIn = this.byDepth[depth];
    } else if (block.kind === 'paragraph' && !block.list) {
      this.byDepth = [];
    }
    this.previous = block;
    return leadIn;
  }
}
