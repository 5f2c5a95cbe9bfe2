// The settings the server gets: `attest.scale` and `attest.rules`, in the shape of attest.toml.
// No `vscode` import, so the unit tests run under plain node.

export const SCALES = ['icd203', 'phia', 'kent', 'none'] as const;
export const LEVELS = ['error', 'warning', 'info', 'hint', 'off'] as const;
export const TRACE_LEVELS = ['off', 'messages', 'verbose'] as const;

/** What the server takes: the keys of attest.toml, present only when the user set them. */
export interface ServerSettings {
  scale?: string;
  rules?: Record<string, string>;
}

/** The part of `WorkspaceConfiguration.inspect()` this module reads. */
export interface Inspected<T> {
  defaultValue?: T;
  globalValue?: T;
  workspaceValue?: T;
  workspaceFolderValue?: T;
  globalLanguageValue?: T;
  workspaceLanguageValue?: T;
  workspaceFolderLanguageValue?: T;
}

/** The values set by the user, least specific first (defaults excluded). */
function explicitLayers<T>(inspected: Inspected<T> | undefined): T[] {
  if (inspected === undefined) {
    return [];
  }
  return [
    inspected.globalValue,
    inspected.workspaceValue,
    inspected.workspaceFolderValue,
    inspected.globalLanguageValue,
    inspected.workspaceLanguageValue,
    inspected.workspaceFolderLanguageValue,
  ].filter((v): v is T => v !== undefined && v !== null);
}

/**
 * The value the user set, the most specific one winning; `undefined` when only the default
 * applies. The default must not reach the server: it would override attest.toml.
 */
export function explicitValue<T>(inspected: Inspected<T> | undefined): T | undefined {
  const layers = explicitLayers(inspected);
  return layers.length === 0 ? undefined : layers[layers.length - 1];
}

/** The rule levels the user set, merged key by key across the layers (as VS Code does). */
export function explicitObject(inspected: Inspected<unknown> | undefined): Record<string, unknown> | undefined {
  const layers = explicitLayers(inspected).filter(
    (v): v is Record<string, unknown> => typeof v === 'object' && !Array.isArray(v),
  );
  if (layers.length === 0) {
    return explicitValue(inspected) as Record<string, unknown> | undefined;
  }
  return Object.assign({}, ...layers) as Record<string, unknown>;
}

export interface Converted {
  settings: ServerSettings;
  /** What was wrong; those values are left out. */
  problems: string[];
}

/** Checks and converts the user's `attest.scale` and `attest.rules`. */
export function serverSettings(input: { scale?: unknown; rules?: unknown }): Converted {
  const settings: ServerSettings = {};
  const problems: string[] = [];
  if (input.scale !== undefined && input.scale !== null && input.scale !== '') {
    const scale = typeof input.scale === 'string' ? input.scale.trim().toLowerCase() : undefined;
    if (scale !== undefined && (SCALES as readonly string[]).includes(scale)) {
      settings.scale = scale;
    } else {
      problems.push(`attest.scale must be one of ${SCALES.join(', ')}, not ${JSON.stringify(input.scale)}`);
    }
  }
  if (input.rules !== undefined && input.rules !== null) {
    if (typeof input.rules !== 'object' || Array.isArray(input.rules)) {
      problems.push('attest.rules must be an object of rule names and levels, e.g. { "unsourced-figure": "error" }');
    } else {
      const rules: Record<string, string> = {};
      for (const [rule, level] of Object.entries(input.rules as Record<string, unknown>)) {
        const l = typeof level === 'string' ? level.trim().toLowerCase() : undefined;
        if (l !== undefined && (LEVELS as readonly string[]).includes(l)) {
          rules[rule.trim()] = l;
        } else {
          problems.push(`attest.rules: the level of ${rule} must be one of ${LEVELS.join(', ')}, not ${JSON.stringify(level)}`);
        }
      }
      if (Object.keys(rules).length > 0) {
        settings.rules = rules;
      }
    }
  }
  return { settings, problems };
}

/**
 * The `workspace/didChangeConfiguration` parameters. The settings are keyed by section, which
 * the server unwraps: that way an empty object still tells it to drop settings it had, where a
 * bare `{}` would only make it ask again.
 */
export function didChangeConfigurationParams(settings: ServerSettings): { settings: { attest: ServerSettings } } {
  return { settings: { attest: settings } };
}

/**
 * Answers the server's `workspace/configuration` request: the section `attest` becomes the
 * server's shape (without `server.path` and `trace.server`, which are the extension's own);
 * other items keep what VS Code answered.
 */
export function configurationResponse(
  items: ReadonlyArray<{ section?: string }>,
  answered: unknown[],
  settings: ServerSettings,
): unknown[] {
  return items.map((item, i) => (item.section === 'attest' ? settings : answered[i] ?? null));
}

