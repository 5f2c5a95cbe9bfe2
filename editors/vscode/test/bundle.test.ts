// The bundle esbuild wrote loads with nothing but `vscode` outside it (a stand-in here), and
// exports the entry points VS Code calls.

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import Module from 'node:module';
import * as path from 'node:path';
import { test } from 'node:test';

const bundle = path.resolve(__dirname, '..', '..', 'dist', 'extension.js');

/** Answers every property access, call and `new` with itself; not a promise. */
function standIn(): unknown {
  const target = function () {};
  const proxy: unknown = new Proxy(target, {
    get: (_t, prop) => (prop === 'then' ? undefined : prop === Symbol.toPrimitive ? () => '' : proxy),
    apply: () => proxy,
    construct: () => proxy as object,
  });
  return proxy;
}

test('the bundle loads and exports activate and deactivate', (t) => {
  if (!fs.existsSync(bundle)) {
    t.skip('dist/extension.js is not built (npm run bundle)');
    return;
  }
  const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
  const original = loader._load;
  const requested: string[] = [];
  const vscode = standIn();
  loader._load = function (this: unknown, request: string, ...rest: unknown[]) {
    requested.push(request);
    return request === 'vscode' ? vscode : original.call(this, request, ...rest);
  };
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const extension = require(bundle) as { activate?: unknown; deactivate?: unknown };
    assert.equal(typeof extension.activate, 'function');
    assert.equal(typeof extension.deactivate, 'function');
  } finally {
    loader._load = original;
  }
  // Everything else is inside the bundle: only node's own modules and vscode are required.
  const outside = requested.filter(
    (r) => r !== bundle && r !== 'vscode' && !r.startsWith('node:') && !Module.builtinModules.includes(r),
  );
  assert.deepEqual(outside, []);
  assert.ok(requested.includes('vscode'));
});
