// Kept apart from validate-model.ts so that compiling a model (the browser's path, with the TS
// default models) does not pull the YAML parser into the bundle.
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { ScoringModel } from './model-schema';
import { ScoringModelError } from './scoring-model-error';
import { issueKind } from './validate-issue';
import type { ModelIssueParams } from './validate-issue';
import { modelIssueText } from './validate-issue-text';
import { validateScoringModel } from './validate-model';

/** Line and column (from 1) of a character offset. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/**
 * Where the parser stopped, never its message: JSON.parse quotes the text it could not read, and both
 * parsers' words are English. JSON says where only in some messages ("at position 12", or the end).
 */
function whereParsingFailed(error: unknown, text: string, format: 'yaml' | 'json'): ModelIssueParams['notParsable'] {
  if (error instanceof YAMLParseError) {
    const at = error.linePos?.[0];
    return { format, ...(at === undefined ? {} : { line: at.line, column: at.col }), yamlCode: error.code };
  }
  const message = error instanceof Error ? error.message : '';
  const position = /at position (\d+)/.exec(message)?.[1];
  if (position !== undefined) return { format, ...lineAndColumn(text, Number(position)) };
  return message.startsWith('Unexpected end of JSON input') ? { format, ...lineAndColumn(text, text.trimEnd().length) } : { format };
}

function parseText(text: string, format: 'yaml' | 'json'): unknown {
  try {
    return format === 'json' ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    const kind = issueKind('notParsable', whereParsingFailed(error, text, format));
    throw new ScoringModelError([{ ...kind, path: [], message: modelIssueText(kind, 'en') }]);
  }
}

/** Parses a scoring model file (`yaml` or `json`) and validates it; throws `ScoringModelError`. */
export function parseScoringModel(text: string, format: 'yaml' | 'json'): ScoringModel {
  return validateScoringModel(parseText(text, format));
}
