import assert from 'node:assert/strict';
import { test } from 'node:test';

import { RULE_SCHEME, ruleOfPath, unavailable } from '../src/ruleDocs';

test('the server names a rule as attest-rule:/NAME.md', () => {
  assert.equal(RULE_SCHEME, 'attest-rule');
  assert.equal(ruleOfPath('/unsourced-figure.md'), 'unsourced-figure');
  assert.equal(ruleOfPath('/inverted-range.md'), 'inverted-range');
});

test('anything else names no rule', () => {
  assert.equal(ruleOfPath('unsourced-figure.md'), undefined);
  assert.equal(ruleOfPath('/unsourced-figure'), undefined);
  assert.equal(ruleOfPath('/../secret.md'), undefined);
  assert.equal(ruleOfPath('/a/b.md'), undefined);
  assert.equal(ruleOfPath('/Unsourced-Figure.md'), undefined);
});

test('without a server the document says how to read the rule', () => {
  const text = unavailable('unsourced-figure', 'the server is not running');
  assert.match(text, /^# unsourced-figure\n/);
  assert.match(text, /`attest rule unsourced-figure`/);
});
