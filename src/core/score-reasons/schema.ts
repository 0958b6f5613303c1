/**
 * The zod schema of the `autoCibleScoreReasons` format, for Node code (the scoring job, tools, JSON
 * Schema). Browser code must not import this file: it uses validate.ts, which a property test keeps in
 * agreement with this schema. Built inside a `@__PURE__` call so a bundle importing the index without
 * using the schema drops zod (same pattern as vmc/defaults-schema.ts).
 */
import { array, boolean, literal, null as zodNull, number, object, string, union, enum as zodEnum } from 'zod';
import { SCORE_REASON_AXES, SCORE_REASONS_VERSION } from './types';

export const scoreReasonsSchema = /* @__PURE__ */ (() => {
  const label = object({ fr: string(), en: string() });
  const fired = object({
    rule: string().min(1),
    axis: zodEnum(SCORE_REASON_AXES),
    label,
    value: union([string(), number(), boolean(), zodNull(), array(string())]),
    valueLabel: label.optional(),
    points: number(),
  });
  return object({
    v: literal(SCORE_REASONS_VERSION),
    modelId: string().min(1),
    modelVersion: string().min(1),
    fired: array(fired),
    top: label,
  });
})();
