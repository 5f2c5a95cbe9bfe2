// Tokenizes Markdown with the injection grammar through vscode-textmate and Oniguruma, the
// engine VS Code uses. The base grammar is a stand-in for VS Code's Markdown grammar with the
// scopes the injection selector excludes (code, comments, front matter).

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { before, test } from 'node:test';

import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';

const root = path.resolve(__dirname, '..', '..');
const grammarPath = path.join(root, 'syntaxes', 'attest.injection.json');

const markdown = {
  scopeName: 'text.html.markdown',
  patterns: [
    { begin: '\\A---\\s*$', end: '^(?:---|\\.\\.\\.)\\s*$', contentName: 'meta.embedded.block.frontmatter' },
    { begin: '^```', end: '^```', name: 'markup.fenced_code.block.markdown' },
    { match: '`[^`]*`', name: 'markup.inline.raw.string.markdown' },
    { begin: '<!--', end: '-->', name: 'comment.block.html' },
  ],
};

let grammar: vsctm.IGrammar;

before(async () => {
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: (scopeName: string) => {
      if (scopeName === 'text.html.markdown') {
        return Promise.resolve(vsctm.parseRawGrammar(JSON.stringify(markdown), 'markdown.json'));
      }
      if (scopeName === 'attest.injection') {
        return Promise.resolve(vsctm.parseRawGrammar(fs.readFileSync(grammarPath, 'utf8'), grammarPath));
      }
      return Promise.resolve(null);
    },
    getInjections: (scopeName: string) => (scopeName === 'text.html.markdown' ? ['attest.injection'] : undefined),
  });
  const loaded = await registry.loadGrammar('text.html.markdown');
  assert.ok(loaded, 'the grammar loads');
  grammar = loaded;
});

interface Piece {
  text: string;
  scopes: string[];
}

function tokenize(text: string): Piece[][] {
  let state = vsctm.INITIAL;
  return text.split('\n').map((line) => {
    const result = grammar.tokenizeLine(line, state);
    state = result.ruleStack;
    return result.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
  });
}

/** The scopes of the token holding `needle` (the first occurrence, on any line). */
function scopesOf(lines: Piece[][], needle: string, nth = 0): string[] {
  let seen = 0;
  for (const line of lines) {
    const text = line.map((p) => p.text).join('');
    let from = 0;
    for (;;) {
      const at = text.indexOf(needle, from);
      if (at < 0) {
        break;
      }
      if (seen++ === nth) {
        let offset = 0;
        for (const piece of line) {
          if (at < offset + piece.text.length) {
            return piece.scopes;
          }
          offset += piece.text.length;
        }
      }
      from = at + 1;
    }
  }
  throw new Error(`${needle} not found`);
}

const has = (scopes: string[], prefix: string) => scopes.some((s) => s.startsWith(prefix));

test('the grammar file is valid JSON with its scope name', () => {
  const raw = JSON.parse(fs.readFileSync(grammarPath, 'utf8')) as { scopeName: string; injectionSelector: string };
  assert.equal(raw.scopeName, 'attest.injection');
  assert.match(raw.injectionSelector, /text\.html\.markdown/);
});

test('bracketed citations: brackets, keys, separators, suppressed author', () => {
  const lines = tokenize('Some 3,000 fighters [see @mfa-2026, p. 4; -@interfax-2026] were there.');
  assert.ok(has(scopesOf(lines, '['), 'punctuation.definition.citation.begin.attest'));
  assert.ok(has(scopesOf(lines, 'mfa-2026'), 'entity.name.label.citation.attest'));
  assert.ok(has(scopesOf(lines, 'mfa-2026'), 'meta.citation.bracketed.attest'));
  assert.ok(has(scopesOf(lines, ';'), 'punctuation.separator.citation.attest'));
  assert.ok(has(scopesOf(lines, '-@'), 'keyword.operator.suppress-author.attest'));
  assert.ok(has(scopesOf(lines, 'interfax-2026'), 'entity.name.label.citation.attest'));
  assert.ok(has(scopesOf(lines, ']'), 'punctuation.definition.citation.end.attest'));
  assert.ok(!has(scopesOf(lines, 'were'), 'meta.citation'));
});

test('keys: trailing punctuation is not part of a key, @{odd key} is', () => {
  const lines = tokenize('@doe. said so; @{odd key} too; and @a:b/c.');
  const doe = lines[0].find((p) => p.text.startsWith('doe'));
  assert.equal(doe?.text, 'doe');
  assert.ok(has(scopesOf(lines, 'odd key'), 'entity.name.label.citation.attest'));
  assert.equal(lines[0].find((p) => p.text.startsWith('a:b'))?.text, 'a:b/c');
});

test('in-text citations, but not e-mail addresses', () => {
  const lines = tokenize('@mfa-2026 says so; write to desk@example.org.');
  assert.ok(has(scopesOf(lines, 'mfa-2026'), 'entity.name.label.citation.attest'));
  assert.ok(!has(scopesOf(lines, 'example'), 'entity.name.label.citation.attest'));
});

test('links and spans are not bracketed citations', () => {
  const link = tokenize('[@key](https://example.org) and [@key]{.class}');
  assert.ok(!has(scopesOf(link, '['), 'meta.citation.bracketed.attest'));
  assert.ok(!has(scopesOf(link, '[', 1), 'meta.citation.bracketed.attest'));
});

test('span attributes: qty, part-of, .assessment', () => {
  const lines = tokenize('[20,000]{qty=fighters part-of="all groups" .assessment #x} and [y]{.other}');
  assert.ok(has(scopesOf(lines, '{'), 'punctuation.definition.attributes.begin.attest'));
  assert.ok(has(scopesOf(lines, 'qty'), 'entity.other.attribute-name.quantity.attest'));
  assert.ok(has(scopesOf(lines, 'fighters'), 'variable.other.quantity.attest'));
  assert.ok(has(scopesOf(lines, 'part-of'), 'entity.other.attribute-name.quantity.attest'));
  assert.ok(has(scopesOf(lines, '"all groups"'), 'variable.other.quantity.attest'));
  assert.ok(has(scopesOf(lines, 'assessment'), 'entity.other.attribute-name.class.assessment.attest'));
  assert.ok(has(scopesOf(lines, '#x'), 'entity.other.attribute-name.attest'));
  // A span without any attribute attest reads is left to Markdown.
  assert.ok(!has(scopesOf(lines, '.other'), 'meta.attributes.span.attest'));
});

test('braces not right after a bracket are not attributes', () => {
  const lines = tokenize('a set {qty=x} in text');
  assert.ok(!has(scopesOf(lines, 'qty'), 'entity.other.attribute-name.quantity.attest'));
});

test('suppression comments: directive and rule names', () => {
  const lines = tokenize('<!-- attest-ignore unsourced-figure, unknown-source -->\n<!-- attest-ignore-file unused-source -->\n<!-- attest-ignore -->');
  assert.ok(has(scopesOf(lines, 'attest-ignore'), 'keyword.control.suppression.attest'));
  assert.ok(has(scopesOf(lines, 'unsourced-figure'), 'support.constant.rule.attest'));
  assert.ok(has(scopesOf(lines, 'unknown-source'), 'support.constant.rule.attest'));
  assert.ok(has(scopesOf(lines, 'attest-ignore-file'), 'keyword.control.suppression.attest'));
  assert.ok(has(scopesOf(lines, 'unused-source'), 'support.constant.rule.attest'));
  assert.ok(has(scopesOf(lines, '<!--', 2), 'comment.block.suppression.attest'));
});

test('ordinary comments, code and front matter are left alone', () => {
  const text = [
    '---',
    'title: see @not-a-citation',
    '---',
    '',
    '<!-- a note about [@mfa-2026] -->',
    'Inline `[@code-key]` here.',
    '```',
    '[@fenced-key] and [x]{qty=y}',
    '```',
    'After @real-key.',
  ].join('\n');
  const lines = tokenize(text);
  for (const needle of ['not-a-citation', 'mfa-2026', 'code-key', 'fenced-key']) {
    assert.ok(!has(scopesOf(lines, needle), 'entity.name.label.citation.attest'), needle);
  }
  assert.ok(!has(scopesOf(lines, 'qty'), 'entity.other.attribute-name.quantity.attest'));
  assert.ok(has(scopesOf(lines, 'real-key'), 'entity.name.label.citation.attest'));
});
