/**
 * zod schemas of the admin defaults, for the server and CLI (a config file, the Settings API).
 * Built inside `@__PURE__` calls so esbuild drops them, and zod with them, from the browser bundles
 * that import the vmc index without using them (zod's method chains are not side-effect free).
 */
import { number, strictObject } from 'zod';

/** Validates one kind's defaults with the same ranges as `VMC_INPUT_BOUNDS` (validate.ts). */
export const vmcDefaultsSchema = /* @__PURE__ */ (() =>
  strictObject({
    purchasesPerYear: number().min(0),
    averageAmount: number().min(0),
    retentionRate: number().min(0).max(1),
    periodYears: number().min(1),
    costToReach: number().min(0),
    conversionRate: number().gt(0).max(1),
    marginRate: number().min(0).max(1),
  }))();

export const vmcDefaultsByKindSchema = /* @__PURE__ */ (() =>
  strictObject({ PARTICULIER: vmcDefaultsSchema, PROFESSIONNEL: vmcDefaultsSchema }))();
