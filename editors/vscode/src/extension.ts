// The VS Code side of attest: starts `attest server` for Markdown files and passes the settings
// on. The decisions (where the binary is, what the server is sent) live in serverPath.ts and
// settings.ts, which do not import `vscode`.

import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

import * as vscode from 'vscode';
import {
  DidChangeConfigurationNotification,
  LanguageClient,
  type LanguageClientOptions,
  type ServerOptions,
  TransportKind,
} from 'vscode-languageclient/node';

import { RULE_SCHEME, ruleOfPath, unavailable } from './ruleDocs';
import { findServer, type Host, type Lookup, missingMessage, NoticeOnce } from './serverPath';
import {
  configurationResponse,
  didChangeConfigurationParams,
  explicitObject,
  explicitValue,
  type ServerSettings,
  serverSettings,
} from './settings';

const SECTION = 'attest';

let client: LanguageClient | undefined;
let output: vscode.OutputChannel;
let figuresOutput: vscode.OutputChannel | undefined;
const missingNotice = new NoticeOnce();

const host: Host = {
  platform: process.platform,
  env: process.env,
  home: os.homedir(),
  isExecutable(p: string): boolean {
    try {
      if (!fs.statSync(p).isFile()) {
        return false;
      }
      if (process.platform !== 'win32') {
        fs.accessSync(p, fs.constants.X_OK);
      }
      return true;
    } catch {
      return false;
    }
  },
};

function lookUpServer(context: vscode.ExtensionContext): Lookup {
  const configured = vscode.workspace.getConfiguration(SECTION).get<string>('server.path');
  return findServer(host, {
    configured,
    extensionPath: context.extensionPath,
    workspaceFolder: vscode.workspace.workspaceFolders?.[0]?.uri.fsPath,
  });
}

/** `attest.scale` and `attest.rules` as the server takes them; problems go to the output. */
function currentSettings(): ServerSettings {
  const config = vscode.workspace.getConfiguration(SECTION);
  const { settings, problems } = serverSettings({
    scale: explicitValue(config.inspect<unknown>('scale')),
    rules: explicitObject(config.inspect<unknown>('rules')),
  });
  for (const problem of problems) {
    output.appendLine(`[settings] ${problem}`);
  }
  return settings;
}

async function showMissing(context: vscode.ExtensionContext, lookup: Lookup, force: boolean): Promise<void> {
  if (lookup.kind !== 'missing') {
    return;
  }
  output.appendLine(`${missingMessage(lookup)} Looked at:`);
  for (const p of lookup.tried) {
    output.appendLine(`  ${p}`);
  }
  if (!missingNotice.take() && !force) {
    return;
  }
  const install = 'Install instructions';
  const settings = 'Open Settings';
  const choice = await vscode.window.showWarningMessage(missingMessage(lookup), install, settings);
  if (choice === install) {
    const readme = vscode.Uri.joinPath(context.extensionUri, 'README.md');
    await vscode.commands.executeCommand('markdown.showPreview', readme);
  } else if (choice === settings) {
    await vscode.commands.executeCommand('workbench.action.openSettings', 'attest.server.path');
  }
}

async function startClient(context: vscode.ExtensionContext, force = false): Promise<void> {
  const lookup = lookUpServer(context);
  if (lookup.kind === 'missing') {
    await showMissing(context, lookup, force);
    return;
  }
  output.appendLine(`Starting ${lookup.path} server (from ${describeSource(lookup.source)})`);
  const serverOptions: ServerOptions = {
    command: lookup.path,
    args: ['server'],
    transport: TransportKind.stdio,
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
    ],
    initializationOptions: currentSettings(),
    outputChannel: output,
    // The server registers its own file watchers (attest.toml, bibliography files).
    middleware: {
      workspace: {
        configuration: async (params, token, next) => {
          const answered = await next(params, token);
          if (!Array.isArray(answered)) {
            return answered;
          }
          return configurationResponse(params.items, answered, currentSettings());
        },
      },
    },
  };
  // The id `attest` makes the client read `attest.trace.server` by itself.
  client = new LanguageClient('attest', 'attest', serverOptions, clientOptions);
  try {
    await client.start();
  } catch (err) {
    output.appendLine(`attest server failed to start: ${String(err)}`);
    output.show(true);
    client = undefined;
  }
}

function describeSource(source: string): string {
  switch (source) {
    case 'setting':
      return 'the setting attest.server.path';
    case 'bundled':
      return 'the extension';
    default:
      return 'PATH';
  }
}

async function stopClient(): Promise<void> {
  const running = client;
  client = undefined;
  if (running !== undefined) {
    try {
      await running.stop();
    } catch (err) {
      output.appendLine(`attest server did not stop cleanly: ${String(err)}`);
    }
  }
}

async function restart(context: vscode.ExtensionContext): Promise<void> {
  await stopClient();
  await startClient(context, true);
}

/** `attest figures --format table FILE`, shown in the output channel "attest figures". */
async function showFigures(context: vscode.ExtensionContext): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (editor === undefined || editor.document.languageId !== 'markdown') {
    void vscode.window.showInformationMessage('attest: open a report (a Markdown file) first.');
    return;
  }
  const document = editor.document;
  if (document.isUntitled) {
    void vscode.window.showInformationMessage('attest: save the report first; attest figures reads it from disk.');
    return;
  }
  if (document.isDirty) {
    await document.save();
  }
  const lookup = lookUpServer(context);
  if (lookup.kind === 'missing') {
    await showMissing(context, lookup, true);
    return;
  }
  const file = document.uri.fsPath;
  const cwd = vscode.workspace.getWorkspaceFolder(document.uri)?.uri.fsPath ?? path.dirname(file);
  const shown = path.relative(cwd, file) || file;
  figuresOutput ??= vscode.window.createOutputChannel('attest figures');
  const channel = figuresOutput;
  channel.clear();
  channel.appendLine(`$ attest figures --format table ${shown}`);
  channel.show(true);
  await new Promise<void>((resolve) => {
    execFile(
      lookup.path,
      ['figures', '--format', 'table', shown],
      { cwd, maxBuffer: 64 * 1024 * 1024, windowsHide: true },
      (err, stdout, stderr) => {
        channel.append(stdout);
        if (stderr !== '') {
          channel.append(stderr);
        }
        if (err !== null && stdout === '' && stderr === '') {
          channel.appendLine(`attest figures failed: ${err.message}`);
        }
        resolve();
      },
    );
  });
}

/** The text of an `attest-rule:/NAME.md` document: the rule's documentation, from the server. */
async function ruleDocumentation(uri: vscode.Uri): Promise<string> {
  const rule = ruleOfPath(uri.path);
  if (rule === undefined) {
    return `No attest rule is named by ${uri.toString()}.\n`;
  }
  if (client === undefined) {
    return unavailable(rule, 'the server is not running');
  }
  try {
    return await client.sendRequest<string>('attest/ruleDocumentation', { rule });
  } catch (err) {
    return unavailable(rule, String(err));
  }
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel('attest');
  context.subscriptions.push(
    output,
    vscode.commands.registerCommand('attest.restartServer', () => restart(context)),
    vscode.commands.registerCommand('attest.showFigures', () => showFigures(context)),
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (event.affectsConfiguration('attest.server.path')) {
        await restart(context);
      } else if (event.affectsConfiguration('attest.scale') || event.affectsConfiguration('attest.rules')) {
        await client?.sendNotification(DidChangeConfigurationNotification.type, didChangeConfigurationParams(currentSettings()));
      }
    }),
    { dispose: () => void figuresOutput?.dispose() },
    vscode.workspace.registerTextDocumentContentProvider(RULE_SCHEME, { provideTextDocumentContent: ruleDocumentation }),
  );
  await startClient(context);
}

export async function deactivate(): Promise<void> {
  await stopClient();
}
