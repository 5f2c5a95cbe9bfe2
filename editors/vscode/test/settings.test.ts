import assert from 'node:assert/strict';
import { test } from 'node:test';

import {
  configurationResponse,
  didChangeConfigurationParams,
  explicitObject,
  explicitValue,
  serverSettings,
} from '../src/settings';

test('defaults never reach the server', () => {
  assert.equal(explicitValue({ defaultValue: 'icd203' }), undefined);
  assert.equal(explicitValue(undefined), undefined);
  assert.equal(explicitObject({ defaultValue: {} }), undefined);
  assert.deepEqual(serverSettings({}), { settings: {}, problems: [] });
});

test('the most specific value the user set wins', () => {
  assert.equal(explicitValue({ defaultValue: 'icd203', globalValue: 'kent' }), 'kent');
  assert.equal(explicitValue({ globalValue: 'kent', workspaceValue: 'phia' }), 'phia');
  assert.equal(explicitValue({ globalValue: 'kent', workspaceValue: 'phia', workspaceFolderValue: 'none' }), 'none');
  assert.equal(explicitValue({ workspaceFolderValue: 'none', globalLanguageValue: 'kent' }), 'kent');
});

test('rule levels merge across user, workspace and folder', () => {
  const merged = explicitObject({
    defaultValue: {},
    globalValue: { 'unsourced-figure': 'error', 'unused-source': 'off' },
    workspaceValue: { 'unused-source': 'warning' },
  });
  assert.deepEqual(merged, { 'unsourced-figure': 'error', 'unused-source': 'warning' });
});

test('scale and rules take the shape of attest.toml', () => {
  const { settings, problems } = serverSettings({
    scale: 'phia',
    rules: { 'unsourced-figure': 'error', 'unused-source': 'OFF' },
  });
  assert.deepEqual(problems, []);
  assert.deepEqual(settings, { scale: 'phia', rules: { 'unsourced-figure': 'error', 'unused-source': 'off' } });
  assert.equal(JSON.stringify(settings), '{"scale":"phia","rules":{"unsourced-figure":"error","unused-source":"off"}}');
});

test('bad values are left out and reported', () => {
  const { settings, problems } = serverSettings({
    scale: 'sherman',
    rules: { 'unsourced-figure': 'loud', 'unknown-source': 'error', 'inverted-range': 3 },
  });
  assert.deepEqual(settings, { rules: { 'unknown-source': 'error' } });
  assert.equal(problems.length, 3);
  assert.match(problems[0], /attest\.scale must be one of icd203, phia, kent, none/);
  assert.match(problems[1], /unsourced-figure/);
  assert.match(problems[2], /inverted-range/);
  assert.deepEqual(serverSettings({ rules: ['unsourced-figure'] }).problems.length, 1);
  assert.deepEqual(serverSettings({ rules: 'error' }).settings, {});
});

test('an empty scale or empty rules send nothing', () => {
  assert.deepEqual(serverSettings({ scale: '', rules: {} }), { settings: {}, problems: [] });
});

test('didChangeConfiguration keys the settings by section, so that clearing them works', () => {
  assert.deepEqual(didChangeConfigurationParams({ scale: 'kent' }), { settings: { attest: { scale: 'kent' } } });
  assert.deepEqual(didChangeConfigurationParams({}), { settings: { attest: {} } });
});

test('workspace/configuration answers the attest section in the server shape', () => {
  const answered = [{ server: { path: '/x' }, trace: { server: 'off' }, scale: 'icd203', rules: {} }, { tabSize: 4 }];
  const items = [{ section: 'attest' }, { section: 'editor' }, {}];
  assert.deepEqual(configurationResponse(items, answered, { scale: 'kent' }), [{ scale: 'kent' }, { tabSize: 4 }, null]);
});
