import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parseRetentionPolicy, retentionPolicySchema } from '../../core/retention';
import type { RetentionPolicy } from '../../core/retention';
import { ConfigError } from './config-error';
import type { ConfigProblem } from './config-error';
import { policyReason, policyReasonText } from './policy-problem';

const FIX = 'Durations are whole months (1–120) and days (0–365); a duration longer than the CNIL référentiel needs a "justification"';

async function readPolicyFile(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new ConfigError([{ variable: path, problem: 'cannot be read', fix: 'Check the path given to --policy', code: 'fileUnreadable', option: '--policy' }]);
  }
  try {
    return ['.yaml', '.yml'].includes(extname(path).toLowerCase()) ? (parseYaml(text) as unknown) : (JSON.parse(text) as unknown);
  } catch {
    throw new ConfigError([{ variable: path, problem: 'is neither valid JSON nor valid YAML for its extension', fix: 'Fix the file (JSON, or YAML for .yaml/.yml)', code: 'fileInvalid', option: '--policy' }]);
  }
}

const variableOf = (path: string, at: readonly PropertyKey[]): string => (at.length === 0 ? path : `${path}#${at.map(String).join('.')}`);

/** Every problem of the file's value `raw`, each with its reason (worded in each language) and in English. */
function problemsOf(path: string, raw: unknown, fallback: readonly { readonly path: readonly PropertyKey[]; readonly message: string }[]): ConfigProblem[] {
  const checked = retentionPolicySchema.safeParse(raw ?? {});
  // The same schema as `parseRetentionPolicy`'s: it fails alike; its English messages stay the last resort.
  if (checked.success) return fallback.map((issue) => ({ variable: variableOf(path, issue.path), problem: issue.message, fix: FIX, code: 'policyInvalid' }));
  return checked.error.issues.map((issue): ConfigProblem => {
    const reason = policyReason(issue, raw);
    return { variable: variableOf(path, issue.path), problem: policyReasonText(reason), fix: FIX, code: 'policyInvalid', reason };
  });
}

/**
 * The retention policy of a JSON or YAML file (`--policy`): `prospectMonths`, `customerMonths`,
 * `repermissionDays` (each defaults to the référentiel's) and `justification`. Throws `ConfigError`
 * listing every problem as `file#key` with its reason, never a value.
 */
export async function loadRetentionPolicy(path: string): Promise<RetentionPolicy> {
  const raw = await readPolicyFile(path);
  const parsed = parseRetentionPolicy(raw);
  if ('policy' in parsed) return parsed.policy;
  throw new ConfigError(problemsOf(path, raw, parsed.issues));
}
