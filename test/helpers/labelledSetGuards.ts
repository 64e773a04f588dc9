import { test } from 'node:test';
import assert from 'node:assert/strict';

/** A committed labelled set and the figures it must keep (see test/fixtures/eval/README.md). */
export interface LabelledSetFloor {
  /** File name under test/fixtures/eval. */
  name: string;
  /** What the set is, for the test's title. */
  what: string;
  precision: number;
  recall: number;
}

/** One test per set: the detector, measured by `measure`, keeps at least the set's floors. */
export function guardLabelledSets(sets: readonly LabelledSetFloor[], measure: (name: string) => { precision: number; recall: number }): void {
  for (const set of sets) {
    test(`labelled set: ${set.what} (test/fixtures/eval/${set.name}) stay at their measured figures`, () => {
      const { precision, recall } = measure(set.name);
      assert.ok(precision >= set.precision, `precision ${precision.toFixed(3)}`);
      assert.ok(recall >= set.recall, `recall ${recall.toFixed(3)}`);
    });
  }
}
