// The documentation of attest's rules, shown as read-only Markdown documents: each finding's
// `codeDescription` names its rule as `attest-rule:/NAME.md`, and clicking the rule name in the
// Problems panel opens that URI. The text comes from the server (`attest/ruleDocumentation`),
// so it always matches the running binary. No `vscode` import here, so it is unit-tested.

/** The URI scheme of rule documentation. */
export const RULE_SCHEME = 'attest-rule';

/** The rule a documentation URI's path (`/NAME.md`) names, or `undefined`. */
export function ruleOfPath(path: string): string | undefined {
  const match = /^\/([a-z0-9]+(?:-[a-z0-9]+)*)\.md$/.exec(path);
  return match?.[1];
}

/** What the document shows when the server cannot answer. */
export function unavailable(rule: string, why: string): string {
  return `# ${rule}\n\nThe attest server cannot show this rule's documentation (${why}).\n\nRun \`attest rule ${rule}\` in a terminal to read it.\n`;
}
