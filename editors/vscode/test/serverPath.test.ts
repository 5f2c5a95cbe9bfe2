import assert from 'node:assert/strict';
import { test } from 'node:test';

import {
  binaryName,
  expandConfigured,
  findServer,
  type Host,
  missingMessage,
  NoticeOnce,
  pathCandidates,
} from '../src/serverPath';

function posix(files: string[], env: Record<string, string> = {}): Host & { asked: string[] } {
  const asked: string[] = [];
  return {
    platform: 'linux',
    env: { PATH: '/usr/local/bin:/usr/bin', ...env },
    home: '/home/ana',
    asked,
    isExecutable(p: string) {
      asked.push(p);
      return files.includes(p);
    },
  };
}

function windows(files: string[], env: Record<string, string> = {}): Host {
  const lower = files.map((f) => f.toLowerCase());
  return {
    platform: 'win32',
    env: { Path: 'C:\\Tools;"C:\\Program Files\\attest"', PATHEXT: '.COM;.EXE;.BAT;.CMD', ...env },
    home: 'C:\\Users\\ana',
    isExecutable: (p: string) => lower.includes(p.toLowerCase()),
  };
}

const ext = '/home/ana/.vscode/extensions/attest.attest-0.1.0';

test('the setting comes first', () => {
  const host = posix(['/opt/attest/bin/attest', `${ext}/server/attest`, '/usr/bin/attest']);
  const found = findServer(host, { configured: '/opt/attest/bin/attest', extensionPath: ext });
  assert.deepEqual(found, { kind: 'found', path: '/opt/attest/bin/attest', source: 'setting' });
});

test('a setting naming a missing file is reported, without falling back', () => {
  const host = posix([`${ext}/server/attest`, '/usr/bin/attest']);
  const found = findServer(host, { configured: '/opt/nope/attest', extensionPath: ext });
  assert.ok(found.kind === 'missing');
  assert.equal(found.configured, '/opt/nope/attest');
  assert.match(missingMessage(found), /attest\.server\.path names \/opt\/nope\/attest/);
});

test('the setting expands ~ and resolves relative paths from the workspace folder', () => {
  const host = posix([]);
  assert.equal(expandConfigured(host, '~/.cargo/bin/attest'), '/home/ana/.cargo/bin/attest');
  assert.equal(expandConfigured(host, '~'), '/home/ana');
  assert.equal(expandConfigured(host, './target/debug/attest', '/home/analyst/reports'), '/home/analyst/reports/target/debug/attest');
  assert.equal(expandConfigured(host, 'bin/attest', '/home/analyst/reports/'), '/home/analyst/reports/bin/attest');
  assert.equal(expandConfigured(host, ' /abs/attest '), '/abs/attest');
  assert.equal(expandConfigured(host, 'bin/attest'), 'bin/attest');
});

test('an empty or blank setting is unset', () => {
  const host = posix(['/usr/bin/attest']);
  for (const configured of ['', '   ', undefined, null]) {
    const found = findServer(host, { configured, extensionPath: ext });
    assert.deepEqual(found, { kind: 'found', path: '/usr/bin/attest', source: 'path' });
  }
});

test('the bundled binary comes before PATH', () => {
  const host = posix([`${ext}/server/attest`, '/usr/bin/attest']);
  assert.deepEqual(findServer(host, { extensionPath: ext }), {
    kind: 'found',
    path: `${ext}/server/attest`,
    source: 'bundled',
  });
});

test('PATH is searched in order', () => {
  const host = posix(['/usr/bin/attest', '/usr/local/bin/attest']);
  assert.deepEqual(findServer(host, { extensionPath: ext }), {
    kind: 'found',
    path: '/usr/local/bin/attest',
    source: 'path',
  });
});

test('nothing found lists every place looked at', () => {
  const host = posix([], { PATH: '/a::/b/' });
  const found = findServer(host, { extensionPath: `${ext}/` });
  assert.deepEqual(found, {
    kind: 'missing',
    tried: [`${ext}/server/attest`, '/a/attest', '/b/attest'],
  });
  assert.ok(found.kind === 'missing');
  assert.match(missingMessage(found), /not found/);
});

test('no PATH at all', () => {
  const host = posix([]);
  delete host.env.PATH;
  assert.deepEqual(pathCandidates(host), []);
});

test('Windows: attest.exe bundled, Path in any case, PATHEXT, quoted folders', () => {
  assert.equal(binaryName(windows([])), 'attest.exe');
  const bundledExt = 'C:\\Users\\ana\\.vscode\\extensions\\attest';
  assert.deepEqual(findServer(windows([`${bundledExt}\\server\\attest.exe`]), { extensionPath: bundledExt }), {
    kind: 'found',
    path: `${bundledExt}\\server\\attest.exe`,
    source: 'bundled',
  });
  const onPath = findServer(windows(['C:\\Program Files\\attest\\attest.exe']), { extensionPath: bundledExt });
  assert.deepEqual(onPath, { kind: 'found', path: 'C:\\Program Files\\attest\\attest.exe', source: 'path' });
  const candidates = pathCandidates(windows([]));
  assert.deepEqual(candidates.slice(0, 4), [
    'C:\\Tools\\attest.exe',
    'C:\\Tools\\attest.com',
    'C:\\Tools\\attest.bat',
    'C:\\Tools\\attest.cmd',
  ]);
  const shim = findServer(windows(['C:\\Tools\\attest.cmd']), { extensionPath: bundledExt });
  assert.deepEqual(shim, { kind: 'found', path: 'C:\\Tools\\attest.cmd', source: 'path' });
});

test('Windows: ~ and drive-relative settings', () => {
  const host = windows([]);
  assert.equal(expandConfigured(host, '~\\bin\\attest.exe'), 'C:\\Users\\ana\\bin\\attest.exe');
  assert.equal(expandConfigured(host, 'D:\\attest.exe', 'C:\\w'), 'D:\\attest.exe');
  assert.equal(expandConfigured(host, 'tools\\attest.exe', 'C:\\w'), 'C:\\w\\tools\\attest.exe');
});

test('the not-found notice is shown once per session', () => {
  const notice = new NoticeOnce();
  assert.equal(notice.take(), true);
  assert.equal(notice.take(), false);
  assert.equal(notice.take(), false);
});
