/** The README.md written next to a generated dataset. */
import type { SampleSummary } from './summary';

function filesSection(rows: SampleSummary['rows']): string[] {
  return [
    '# AutoCible sample dataset',
    '',
    'A fictitious but realistic customer file of a French car dealership (Lyon area) with a fleet desk,',
    'in the CSV format of the AutoCible field catalogue. `npm start` validates it and prints the VMC',
    'summary per segment. Every name, address, SIREN, plate and VIN is made up by a seeded generator;',
    'any resemblance to a real person or company is a coincidence.',
    '',
    '## Files',
    '',
    '| File | Rows | Content |',
    '|---|---:|---|',
    `| accounts.csv | ${rows['accounts.csv']} | Business customers: company type, NAF, SIREN/SIRET (Luhn-valid), headcount, fleet (VP/VUL counts, makes, financing modes, financers, renewal policy). |`,
    `| contacts.csv | ${rows['contacts.csv']} | Professional contacts of the accounts (role, buying role; \`accountId\`) followed by private customers (B2C criteria, no account). Consent per channel, last inbound contact, last workshop visit. |`,
    `| leads.csv | ${rows['leads.csv']} | Prospects not yet converted: private persons and professionals (\`accountName\`). |`,
    `| vehicles.csv | ${rows['vehicles.csv']} | \`AutoCibleVehicle\` records linked to an account (fleet, sometimes with its driver) or to a private contact: make, model, J.1 genre and derived category, P.3 energy and family, MEC, mileage, purchase type, financing with contract dates, next contrôle technique. |`,
    `| opportunities.csv | ${rows['opportunities.csv']} | Purchase history as EspoCRM won opportunities (\`Closed Won\`): vehicle sales and service jobs, with amount and close date. |`,
    '',
    'Format: UTF-8, comma-separated, RFC 4180 quoting, header row of canonical attribute names (the',
    'reader also accepts the French and English labels), dates `YYYY-MM-DD`, date-times',
    '`YYYY-MM-DD HH:mm:ss` (UTC), multi-valued fields joined with `|`, ids shaped like EspoCRM ids.',
    'Computed fields (score, retention plan, VMC) are left empty: AutoCible jobs fill them.',
  ];
}

export function sampleReadme(summary: SampleSummary): string {
  const { options, rows, badRows } = summary;
  const sizeArgs = `--accounts ${options.accounts} --contacts ${options.contacts} --leads ${options.leads}`;
  const lines = [
    ...filesSection(rows),
    '',
    '## Deliberate bad rows',
    '',
    'These rows are wrong on purpose, so that validation has something real to report. Line numbers',
    'count the header as line 1.',
    '',
    '| File | Line | Column | Problem |',
    '|---|---:|---|---|',
    ...badRows.map((b) => `| ${b.file} | ${b.line} | ${b.attribute} | ${b.reason} |`),
    '',
    '## Regenerate',
    '',
    `Seed \`${options.seed}\`, data as of \`${options.asOf}\` (no purchase, visit or contact after that date; contract`,
    'ends and contrôle technique deadlines may be later). The output is byte-identical for the same options',
    '(`npm run sample:generate` runs the same script with the defaults):',
    '',
    '```sh',
    `npx tsx scripts/generate-sample.ts --out samples --seed ${options.seed} --as-of ${options.asOf} ${sizeArgs}`,
    '```',
    '',
    'For a benchmark-sized file (flat memory, streamed to disk):',
    '`npx tsx scripts/generate-sample.ts --out samples/bench --contacts 1000000` (`samples/bench/` is git-ignored).',
    '',
  ];
  return lines.join('\n');
}
