import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parseRetentionPolicy } from '../../core/retention';
import type { RetentionPolicy } from '../../core/retention';
import { ConfigError } from './config-error';
import type { ConfigProblem } from './config-error';

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

/**
 * The retention policy of a JSON or YAML file (`--policy`): `prospectMonths`, `customerMonths`,
 * `repermissionDays` (each defaults to the référentiel's) and `justification`. Throws `ConfigError`
 * listing every problem as `file#key`, never a value.
 */
export async function loadRetentionPolicy(path: string): Promise<RetentionPolicy> {
  const parsed = parseRetentionPolicy(await readPolicyFile(path));
  if ('policy' in parsed) return parsed.policy;
  throw new ConfigError(parsed.issues.map((issue): ConfigProblem => ({
    variable: issue.path.length === 0 ? path : `${path}#${issue.path.map(String).join('.')}`,
    problem: issue.message,
    fix: FIX,
    code: 'policyInvalid',
  })));
}
