// The manifest agrees with the server (the semantic token legend in src/ide/tokens.rs) and
// with the settings module; the package leaves out what it must.

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';

import { LEVELS, SCALES } from '../src/settings';

const root = path.resolve(__dirname, '..', '..');

interface Manifest {
  main: string;
  activationEvents: string[];
  engines: { vscode: string };
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  contributes: {
    configuration: { properties: Record<string, { enum?: string[]; default?: unknown; additionalProperties?: { enum: string[] } }> };
    commands: { command: string }[];
    grammars: { scopeName: string; path: string; injectTo: string[] }[];
    semanticTokenTypes: { id: string }[];
    semanticTokenModifiers: { id: string }[];
    semanticTokenScopes: { language: string; scopes: Record<string, string[]> }[];
  };
}

const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as Manifest;

/** A `pub const NAME: &[&str] = &[...]` list from the server's source, when the repository is here. */
function rustList(name: string): string[] | undefined {
  const file = path.join(root, '..', '..', 'src', 'ide', 'tokens.rs');
  if (!fs.existsSync(file)) {
    return undefined;
  }
  const source = fs.readFileSync(file, 'utf8');
  const m = new RegExp(`pub const ${name}: &\\[&str\\] = &\\[([^\\]]*)\\]`).exec(source);
  assert.ok(m, `${name} in tokens.rs`);
  return [...m[1].matchAll(/"([^"]+)"/g)].map((x) => x[1]);
}

test('semantic token types and modifiers are the server legend', (t) => {
  const types = rustList('TOKEN_TYPES');
  const modifiers = rustList('TOKEN_MODIFIERS');
  if (types === undefined || modifiers === undefined) {
    t.skip('src/ide/tokens.rs is not beside the extension');
    return;
  }
  assert.deepEqual(manifest.contributes.semanticTokenTypes.map((x) => x.id), types);
  assert.deepEqual(manifest.contributes.semanticTokenModifiers.map((x) => x.id), modifiers);
  const scoped = Object.keys(manifest.contributes.semanticTokenScopes[0].scopes).map((k) => k.split('.')[0]);
  for (const type of types) {
    assert.ok(scoped.includes(type), `a TextMate scope for ${type}`);
  }
});

test('settings enums match the settings module', () => {
  const props = manifest.contributes.configuration.properties;
  assert.deepEqual(props['attest.scale'].enum, [...SCALES]);
  assert.deepEqual(props['attest.rules'].additionalProperties?.enum, [...LEVELS]);
  assert.deepEqual(props['attest.trace.server'].enum, ['off', 'messages', 'verbose']);
  assert.equal(props['attest.server.path'].default, '');
});

test('activation, commands, grammar', () => {
  assert.deepEqual(manifest.activationEvents, ['onLanguage:markdown']);
  const commands = manifest.contributes.commands.map((c) => c.command).sort();
  assert.deepEqual(commands, ['attest.restartServer', 'attest.showFigures']);
  const [grammar] = manifest.contributes.grammars;
  assert.deepEqual(grammar.injectTo, ['text.html.markdown']);
  assert.ok(fs.existsSync(path.join(root, grammar.path)));
  assert.equal(manifest.main, './dist/extension.js');
  assert.match(manifest.dependencies['vscode-languageclient'], /^\^9\./);
  // The API the extension is compiled against is no newer than the VS Code it asks for.
  assert.equal(manifest.devDependencies['@types/vscode'].replace(/^[~^]/, ''), manifest.engines.vscode.replace(/^[~^]/, ''));
});

test('.vscodeignore keeps sources, tests and node_modules out of the package', () => {
  const ignored = fs
    .readFileSync(path.join(root, '.vscodeignore'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
  for (const entry of ['node_modules/**', 'src/**', 'test/**', 'out/**']) {
    assert.ok(ignored.includes(entry), entry);
  }
});
