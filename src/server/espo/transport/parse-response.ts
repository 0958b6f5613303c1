import type { z } from 'zod';
import { EspoContractError } from '../errors/espo-contract-error';
import type { EspoContractIssue } from '../errors/espo-contract-error';
import type { EspoRequestInfo } from '../errors/espo-error';
import { parseJsonText } from './error-body';

function toIssue(issue: z.core.$ZodIssue): EspoContractIssue {
  const path = issue.path.map((segment) => (typeof segment === 'symbol' ? String(segment) : segment));
  return { path, code: issue.code, message: issue.message };
}

/** For a list response, the id of the record an issue points at (`list[3].email` → `list[3].id`). */
function recordIdAt(data: unknown, issues: readonly EspoContractIssue[]): string | null {
  const first = issues[0];
  if (first === undefined || first.path[0] !== 'list' || typeof first.path[1] !== 'number') return null;
  if (typeof data !== 'object' || data === null || !('list' in data) || !Array.isArray(data.list)) return null;
  const item: unknown = data.list[first.path[1]];
  if (typeof item !== 'object' || item === null || !('id' in item)) return null;
  return typeof item.id === 'string' ? item.id : null;
}

/** Every 2xx body goes through `safeParse` (style principle 5); a mismatch is an `EspoContractError`. */
export function parseResponse<T>(schema: z.ZodType<T>, text: string, info: EspoRequestInfo, id: string | null): T {
  const data = parseJsonText(text);
  if (data === undefined) {
    throw new EspoContractError(info, [{ path: [], code: 'invalid_json', message: 'Response body is not JSON' }], id);
  }
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issues = result.error.issues.map(toIssue);
  throw new EspoContractError(info, issues, id ?? recordIdAt(data, issues));
}
