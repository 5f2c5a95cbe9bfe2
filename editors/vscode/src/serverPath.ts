// Finding the attest binary. No `vscode` import: the file system, the environment and the
// platform come in as arguments, so the unit tests run under plain node.

/** What the search may look at. */
export interface Host {
  /** `process.platform`. */
  platform: string;
  /** The environment (`process.env`). */
  env: Record<string, string | undefined>;
  /** The home folder, for a leading `~`. */
  home: string;
  /** True when `path` is a file that can be run. */
  isExecutable(path: string): boolean;
}

export type ServerSource = 'setting' | 'bundled' | 'path';

export interface Found {
  kind: 'found';
  path: string;
  source: ServerSource;
}

export interface Missing {
  kind: 'missing';
  /** Every path looked at, in order, for the message. */
  tried: string[];
  /** Set when `attest.server.path` names a file that is not there. */
  configured?: string;
}

export type Lookup = Found | Missing;

export interface Request {
  /** The `attest.server.path` setting ('' or undefined when unset). */
  configured?: string | null;
  /** The extension's own folder (where `server/attest` may be bundled). */
  extensionPath: string;
  /** The first workspace folder, for a relative `attest.server.path`. */
  workspaceFolder?: string;
}

const isWindows = (host: Host): boolean => host.platform === 'win32';

/** The separator-aware join and absoluteness test of the host's platform. */
function join(host: Host, ...parts: string[]): string {
  const sep = isWindows(host) ? '\\' : '/';
  return parts
    .filter((p) => p !== '')
    .map((p, i) => (i === 0 ? p.replace(/[\\/]+$/, '') : p.replace(/^[\\/]+|[\\/]+$/g, '')))
    .join(sep);
}

function isAbsolute(host: Host, p: string): boolean {
  if (isWindows(host)) {
    return /^[a-zA-Z]:[\\/]/.test(p) || p.startsWith('\\\\') || p.startsWith('/');
  }
  return p.startsWith('/');
}

/** An environment variable, case-insensitively on Windows (`Path`, `PATH`). */
export function envVar(host: Host, name: string): string | undefined {
  if (!isWindows(host)) {
    return host.env[name];
  }
  const key = Object.keys(host.env).find((k) => k.toUpperCase() === name.toUpperCase());
  return key === undefined ? undefined : host.env[key];
}

/** The file name of the binary: `attest`, or `attest.exe` on Windows. */
export function binaryName(host: Host): string {
  return isWindows(host) ? 'attest.exe' : 'attest';
}

/** `attest.server.path` made absolute: `~` expanded, relative paths from the workspace folder. */
export function expandConfigured(host: Host, configured: string, workspaceFolder?: string): string {
  let p = configured.trim();
  if (p === '~') {
    return host.home;
  }
  if (p.startsWith('~/') || (isWindows(host) && p.startsWith('~\\'))) {
    p = join(host, host.home, p.slice(2));
  }
  if (!isAbsolute(host, p) && workspaceFolder !== undefined) {
    p = join(host, workspaceFolder, p.replace(/^\.[\\/]/, ''));
  }
  return p;
}

/** The candidates on `PATH`, in order; on Windows each directory with each `PATHEXT` ending. */
export function pathCandidates(host: Host): string[] {
  const path = envVar(host, 'PATH') ?? '';
  const dirs = path
    .split(isWindows(host) ? ';' : ':')
    .map((d) => d.trim().replace(/^"(.*)"$/, '$1'))
    .filter((d) => d !== '');
  if (!isWindows(host)) {
    return dirs.map((d) => join(host, d, 'attest'));
  }
  const exts = (envVar(host, 'PATHEXT') ?? '.COM;.EXE;.BAT;.CMD')
    .split(';')
    .map((e) => e.trim().toLowerCase())
    .filter((e) => e !== '');
  // The binary is an .exe; try it first, then the other runnable endings (a shim `attest.cmd`).
  const ordered = ['.exe', ...exts.filter((e) => e !== '.exe')];
  return dirs.flatMap((d) => ordered.map((e) => join(host, d, `attest${e}`)));
}

/**
 * Looks for the server: the setting, then the binary bundled in the extension, then `PATH`.
 * A setting that names a missing file is reported as such, without falling back, so that a
 * typo does not silently run another attest.
 */
export function findServer(host: Host, request: Request): Lookup {
  const configured = (request.configured ?? '').trim();
  if (configured !== '') {
    const p = expandConfigured(host, configured, request.workspaceFolder);
    return host.isExecutable(p)
      ? { kind: 'found', path: p, source: 'setting' }
      : { kind: 'missing', tried: [p], configured: p };
  }
  const tried: string[] = [];
  const bundled = join(host, request.extensionPath, 'server', binaryName(host));
  tried.push(bundled);
  if (host.isExecutable(bundled)) {
    return { kind: 'found', path: bundled, source: 'bundled' };
  }
  for (const candidate of pathCandidates(host)) {
    tried.push(candidate);
    if (host.isExecutable(candidate)) {
      return { kind: 'found', path: candidate, source: 'path' };
    }
  }
  return { kind: 'missing', tried };
}

/** The one-line explanation shown when the server cannot be found. */
export function missingMessage(missing: Missing): string {
  if (missing.configured !== undefined) {
    return `attest: the setting attest.server.path names ${missing.configured}, which is not a program that can be run.`;
  }
  return 'attest: the attest binary was not found (not bundled with the extension and not on PATH), so reports are not checked.';
}

/**
 * Remembers whether the "not found" notification was shown, so that it appears once per
 * session however often the server is looked for.
 */
export class NoticeOnce {
  private shown = false;

  /** True the first time only. */
  take(): boolean {
    if (this.shown) {
      return false;
    }
    this.shown = true;
    return true;
  }
}
