import type { z } from 'zod';
import { IssueList } from './issues';
import { ScoringModelSchema, ScoringModelShellSchema } from './model-schema';
import type { ScoringModel } from './model-schema';
import { ScoringModelError } from './scoring-model-error';
import { checkCondition } from './validate-condition';
import { issueKind } from './validate-issue';
import { checkModelSemantics } from './validate-rules';
import { schemaIssues } from './validate-schema-issue';
import { checkModelTexts } from './validate-texts';

function addSchemaIssues(zodIssues: readonly z.core.$ZodIssue[], input: unknown, issues: IssueList): void {
  for (const issue of zodIssues) for (const { path, kind } of schemaIssues(issue, input)) issues.add(path, kind, true);
}

function modelIdOf(input: unknown): string | undefined {
  return typeof input === 'object' && input !== null && 'id' in input && typeof input.id === 'string' ? input.id : undefined;
}

function checkConditions(input: unknown, issues: IssueList): void {
  if (typeof input !== 'object' || input === null || !('rules' in input) || !Array.isArray(input.rules)) return;
  input.rules.forEach((rule: unknown, i) => {
    if (typeof rule !== 'object' || rule === null) return;
    const path = ['rules', i, 'when'];
    if (!('when' in rule) || rule.when === undefined) issues.add(path, issueKind('whenMissing', {}));
    else checkCondition(rule.when, path, (p, kind) => issues.add(p, kind));
  });
}

/**
 * Validates a model given as plain data (parsed YAML or JSON, or a TS constant) and returns it typed,
 * with defaults applied. Throws `ScoringModelError` listing every issue, each naming its rule and fact.
 */
export function validateScoringModel(input: unknown): ScoringModel {
  const issues = new IssueList(input);
  const shell = ScoringModelShellSchema.safeParse(input);
  if (!shell.success) addSchemaIssues(shell.error.issues, input, issues);
  checkModelTexts(input, issues);
  checkConditions(input, issues);
  if (shell.success) checkModelSemantics(shell.data, issues);
  if (issues.issues.length === 0) {
    // The conditions passed the rule-aware checks above; this parse types them and should not fail.
    const parsed = ScoringModelSchema.safeParse(input);
    if (parsed.success) return parsed.data;
    addSchemaIssues(parsed.error.issues, input, issues);
  }
  throw new ScoringModelError(issues.issues, modelIdOf(input));
}
