// Validates SARIF logs against the official SARIF 2.1.0 schema (shipped in the
// @microsoft/jest-sarif package) with ajv, the validator that package uses.
// Usage: node validate.js FILE.sarif [...]
'use strict';
const fs = require('fs');
const path = require('path');
const Ajv = require('ajv');

const pkg = path.dirname(require.resolve('@microsoft/jest-sarif/package.json'));
const schema = require(path.join(pkg, 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json'));
const ajv = new Ajv({ schemaId: 'auto', allErrors: true, jsonPointers: true });
ajv.addMetaSchema(require('ajv/lib/refs/json-schema-draft-04.json'));
const validate = ajv.compile(schema);

let failed = false;
for (const file of process.argv.slice(2)) {
  const log = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (validate(log)) {
    console.log(`${file}: valid SARIF 2.1.0 (${log.runs[0].results.length} results)`);
  } else {
    failed = true;
    for (const e of validate.errors) {
      console.error(`${file}: ${e.dataPath} ${e.message} ${JSON.stringify(e.params)}`);
    }
  }
}
process.exit(failed ? 1 : 0);
