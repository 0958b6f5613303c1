/**
 * The texts of a model the schema takes as any text, checked on the raw model so that they are reported with the
 * schema's problems: the version, and the placeholders of the reason labels.
 */
import type { IssueList } from './issues';
import { LABEL_PLACEHOLDERS, labelTemplateProblems } from './reason-label';
import { issueKind } from './validate-issue';

/**
 * A model version: numbers separated by dots (`2025.2.0`), as the shipped models write it. It is written with the
 * model id in every score (`<id>@<version>`, `autoCibleScoreModel`) and a run compares it to the last one's to
 * rescore everything, so it must not hold spaces, `@` or commas, nor be free text that reads the same twice.
 */
export const VERSION = /^\d+(?:\.\d+)*$/;

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A version that is text but not dotted numbers (an empty one is the schema's). */
function checkVersion(model: Readonly<Record<string, unknown>>, issues: IssueList): void {
  const { version } = model;
  if (typeof version === 'string' && version !== '' && !VERSION.test(version)) {
    issues.add(['version'], issueKind('versionFormat', { got: version }), true);
  }
}

/** Each language of a rule's reason: a `{…}` other than `{value}`, or a brace outside one, would reach the reps as written. */
function checkReasonLabels(rules: readonly unknown[], issues: IssueList): void {
  rules.forEach((rule, i) => {
    if (!isRecord(rule) || !isRecord(rule['reason'])) return;
    const reason = rule['reason'];
    for (const lang of ['fr', 'en'] as const) {
      const text = reason[lang];
      const problems = typeof text === 'string' ? labelTemplateProblems(text) : undefined;
      if (problems === undefined) continue;
      const path = ['rules', i, 'reason', lang];
      const allowed = LABEL_PLACEHOLDERS;
      if (problems.unknown.length > 0) issues.add(path, issueKind('labelPlaceholderUnknown', { lang, placeholders: problems.unknown, allowed }), true);
      if (problems.strayBrace) issues.add(path, issueKind('labelStrayBrace', { lang, allowed }), true);
    }
  });
}

/** Checks the version and the reason labels of a raw model, whatever else is wrong with it. */
export function checkModelTexts(input: unknown, issues: IssueList): void {
  if (!isRecord(input)) return;
  checkVersion(input, issues);
  if (Array.isArray(input['rules'])) checkReasonLabels(input['rules'], issues);
}
