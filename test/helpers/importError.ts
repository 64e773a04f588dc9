import assert from 'node:assert/strict';
import { ImportError } from '../../server/src/engine/importers/importResult';

/** Runs `fn`, which must throw an ImportError, and returns it for the message checks. */
export function errorOf(fn: () => unknown): ImportError {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof ImportError, `expected ImportError, got ${String(e)}`);
    return e;
  }
  assert.fail('expected an ImportError');
}
