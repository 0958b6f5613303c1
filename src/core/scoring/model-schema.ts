import { z } from 'zod';
import { ConditionSchema } from './condition-schema';

const Id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be kebab-case: lower-case letters, digits and dashes' });

export const LabelSchema = z.strictObject({ fr: z.string().min(1), en: z.string().min(1) });

/**
 * How engagement points fade with the age of the event that earned them.
 * - `halfLifeDays`: points × 0.5^(days since the event / half-life), rounded to whole points.
 * - `windowDays`: full points up to that many days after the event, none after.
 */
export const DecaySchema = z.union([
  z.strictObject({ halfLifeDays: z.number().positive().max(3650) }),
  z.strictObject({ windowDays: z.number().int().min(0).max(3650) }),
]);

export const GroupSchema = z.strictObject({
  id: Id,
  label: LabelSchema,
  cap: z.number().int().min(0).max(1000).optional()
    .meta({ description: 'Most points the rules of the group may add together; the excess becomes a negative "cap" reason.' }),
});

export const RuleSchema = z.strictObject({
  id: Id.max(40),
  axis: z.enum(['fit', 'engagement']),
  group: Id.optional(),
  when: ConditionSchema,
  points: z.number().int().min(-1000).max(1000),
  reason: LabelSchema
    .meta({ description: 'Reason shown to the rep; `{value}` is replaced by the value the rule saw (see `valueFact`).' }),
  valueFact: z.string().optional()
    .meta({ description: 'Fact whose value the reason shows; defaults to the first fact named in `when`.' }),
  since: z.string().optional()
    .meta({ description: 'Engagement only: date fact of the event the points decay from (e.g. `lastInboundContactDate`).' }),
  decay: DecaySchema.optional()
    .meta({ description: 'Engagement only, with `since`: overrides the decay of the model for this rule.' }),
  note: z.string().optional().meta({ description: 'Why the rule exists and where its points come from (not shown to reps).' }),
});

const Threshold = z.number().int().min(1).max(100);
const AxisMinimum = z.number().int().min(0).max(100);
const Weight = z.number().min(0).max(100);

/**
 * A grade's bar: the lowest score, or the lowest score and the lowest fit and engagement (domain.md §3.5: route on
 * both axes, "fit ≥ X AND intent ≥ Y"; a blended score alone hides a good company that is not ready).
 */
export const GradeBarSchema = z.union([
  Threshold,
  z.strictObject({
    score: Threshold,
    fit: AxisMinimum.optional().meta({ description: 'Lowest fit of the grade (0–100).' }),
    engagement: AxisMinimum.optional().meta({ description: 'Lowest engagement of the grade (0–100).' }),
  }),
]);

export const ScoringModelSchema = z.strictObject({
  $schema: z.string().optional(),
  id: Id.max(30)
    .meta({ description: 'Written with the version in each score (`autoCibleScoreModel`, 50 characters at most).' }),
  version: z.string().min(1).max(19),
  name: LabelSchema,
  appliesTo: z.strictObject({
    customerKinds: z.array(z.enum(['PARTICULIER', 'PROFESSIONNEL'])).min(1),
    entityTypes: z.array(z.enum(['Account', 'Contact', 'Lead'])).min(1),
  }),
  grades: z.strictObject({ A: GradeBarSchema, B: GradeBarSchema, C: GradeBarSchema }).meta({
    description: 'Bar of each grade: its lowest score, or `{score, fit, engagement}` with the lowest of each axis too. '
      + 'A record gets the first grade whose bar it reaches, A then B then C; `D` otherwise.',
  }),
  combine: z.strictObject({ fitWeight: Weight, engagementWeight: Weight }).meta({
    description: 'score = round((fitWeight × fit + engagementWeight × engagement) / (fitWeight + engagementWeight)).',
  }),
  decay: DecaySchema.meta({ description: 'Default decay of engagement rules that name a `since` event date.' }),
  groups: z.array(GroupSchema).default([]),
  rules: z.array(RuleSchema).min(1),
});

/** A model before defaults are applied (as written in a file). */
export type ScoringModelInput = z.input<typeof ScoringModelSchema>;
/** A validated scoring model. */
export type ScoringModel = z.output<typeof ScoringModelSchema>;
export type ScoringRule = ScoringModel['rules'][number];
export type ScoringGroup = ScoringModel['groups'][number];
export type DecaySpec = z.output<typeof DecaySchema>;
export type Axis = ScoringRule['axis'];
export type GradeBar = z.output<typeof GradeBarSchema>;

/** The same schema with conditions left unchecked: `validate-model.ts` checks them with rule-aware messages. */
export const ScoringModelShellSchema = ScoringModelSchema.extend({
  rules: z.array(RuleSchema.extend({ when: z.unknown() })).min(1),
});
