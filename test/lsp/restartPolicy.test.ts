// The client's restart policy (client/src/restartPolicy.ts), on a fake clock: a dead server is
// restarted at most three times in a row, a calm period starts a new row, and connection errors
// are tolerated a few times before the connection is shut down.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { RestartPolicy } from '../../client/src/restartPolicy.ts';
import { root } from './client.ts';

function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('restarting a server that died', () => {
  test('three restarts in a row, then the client gives up', () => {
    const c = clock();
    const policy = new RestartPolicy(3, 180_000, c.now);
    const decisions = [1, 2, 3, 4, 5].map(() => {
      c.advance(2_000);
      return policy.closed();
    });
    assert.deepEqual(decisions.map((d) => d.restart), [true, true, true, false, false]);
    assert.deepEqual(decisions.map((d) => d.crashes), [1, 2, 3, 4, 5]);
    assert.ok(decisions.every((d) => d.maxInARow === 3));
  });

  test('a server that ran for the calm period before dying starts a new row', () => {
    const c = clock();
    const policy = new RestartPolicy(3, 180_000, c.now);
    for (let i = 0; i < 3; i++) {
      c.advance(1_000);
      assert.equal(policy.closed().restart, true);
    }
    // The third restart held for three minutes: this crash is a first again.
    c.advance(180_000);
    assert.deepEqual(policy.closed(), { restart: true, crashes: 1, maxInARow: 3 });
    c.advance(179_999);
    assert.equal(policy.closed().crashes, 2, 'not calm long enough: still in the row');
  });

  test('the calm period counts from the last restart, not from the first crash', () => {
    const c = clock();
    const policy = new RestartPolicy(2, 60_000, c.now);
    c.advance(59_000);
    assert.equal(policy.closed().crashes, 1);
    c.advance(59_000);
    assert.equal(policy.closed().crashes, 2);
    c.advance(59_000);
    assert.equal(policy.closed().restart, false, 'three crashes, each within a minute of the restart before');
  });

  test('once given up, it stays given up while crashes keep coming', () => {
    const c = clock();
    const policy = new RestartPolicy(1, 60_000, c.now);
    assert.equal(policy.closed().restart, true);
    assert.equal(policy.closed().restart, false);
    assert.equal(policy.closed().restart, false);
  });

  test('a server that dies at once after activation counts', () => {
    const policy = new RestartPolicy(0, 60_000, clock().now);
    assert.equal(policy.closed().restart, false, 'no restarts allowed: the first crash gives up');
  });

  test('connection errors: carry on for three, then shut down', () => {
    const policy = new RestartPolicy();
    assert.deepEqual([1, 2, 3, 4, 10].map((n) => policy.errored(n)), ['continue', 'continue', 'continue', 'shutdown', 'shutdown']);
    assert.equal(policy.errored(undefined), 'shutdown');
  });

  test('the policy stays free of vscode (it is tested here without VS Code), and the client uses it', () => {
    const source = readFileSync(join(root, 'client', 'src', 'restartPolicy.ts'), 'utf8');
    assert.doesNotMatch(source, /from 'vscode'|require\('vscode'\)/);
    const extension = readFileSync(join(root, 'client', 'src', 'extension.ts'), 'utf8');
    assert.match(extension, /errorHandler: restartHandler\(/);
    const handler = readFileSync(join(root, 'client', 'src', 'serverRestarts.ts'), 'utf8');
    assert.match(handler, /new RestartPolicy\(\)/);
  });
});
