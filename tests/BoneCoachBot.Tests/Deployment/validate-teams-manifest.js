// Validates a Teams app manifest against a schema file shipped in node_modules, offline.
// Usage: node validate-teams-manifest.js MANIFEST.json SCHEMA.json
// Prints one line per schema error and exits 1 when there are any; exits 0 when valid.
// The schemas declare draft-04, which JsonSchema.Net does not evaluate, so the check runs here with
// Microsoft's own validator (ajv-draft-04, as the Teams tooling uses it).
"use strict";
const fs = require("fs");
const { AppManifestUtils } = require("@microsoft/app-manifest");

// The validator fetches the schema named in "$schema" when none is passed; make sure it never does.
globalThis.fetch = () => { throw new Error("network access attempted during manifest validation"); };

async function main([manifestPath, schemaPath]) {
  if (!manifestPath || !schemaPath) {
    console.error("usage: node validate-teams-manifest.js MANIFEST.json SCHEMA.json");
    return 2;
  }
  const manifest = JSON.parse(fs.readFileSync(manifestPath, "utf8"));
  // Same clean-up the Teams tooling applies to a downloaded schema: "\a" is not a valid JS regex escape.
  const schema = JSON.parse(fs.readFileSync(schemaPath, "utf8").replace(/\\a/g, "\\x07"));
  const errors = await AppManifestUtils.validateAgainstSchema(manifest, schema);
  for (const error of errors) console.log(error);
  return errors.length === 0 ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error) => { console.error(error.stack || String(error)); process.exitCode = 3; });
