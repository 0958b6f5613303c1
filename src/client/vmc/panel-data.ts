/**
 * What the VMC panel shows, computed with the same `src/core/vmc` code as the server. Every text is
 * final here (translated, formatted); the template only escapes and lays it out.
 */
import { DomainInputError } from '../../core/errors';
import {
  acquisitionCost,
  assertVmcInput,
  resolveVmcInputs,
  roundCents,
  vmcBrute,
  vmcMarge,
  vmcNette,
  vmcNetteMarge,
  VMC_INPUT_NAMES,
} from '../../core/vmc';
import { HISTORY_MAX_SIZE } from './purchases';
import type { CustomerKind, ResolvedVmcInputs, VmcDefaults, VmcInputName, VmcInputSource, VmcInputs } from '../../core/vmc';
import type { Formatter } from './format';
import type { History } from './purchases';

export type HistoryState =
  /** `limited`: the user reads only their own or their team's opportunities, so the list may lack some. */
  | {
    readonly status: 'loaded'; readonly history: History; readonly limited?: boolean;
    /** The latest purchases asked for (`maxSize`): 200, or the installation's smaller limit. @defaultValue 200 */
    readonly pageSize?: number;
  }
  | { readonly status: 'unavailable' };

/** Translates a label key of `vmcUiLabels`, filling `{name}` placeholders. */
export type Translate = (key: string, values?: Readonly<Record<string, string>>) => string;

export interface VmcPanelContext {
  readonly history: HistoryState;
  readonly customerKind: CustomerKind;
  readonly defaults: VmcDefaults;
  readonly today: string;
  readonly label: Translate;
  readonly format: Formatter;
}

export type VmcPanelRow = { readonly name: string; readonly label: string; readonly value: string };
export type VmcPanelInputRow = VmcPanelRow & { readonly source: string };

export type VmcPanelData = {
  readonly outputs: readonly VmcPanelRow[];
  readonly courseNote: string;
  readonly marginHeading: string;
  readonly marginRows: readonly VmcPanelRow[];
  readonly marginCaveat: string;
  readonly inputsHeading: string;
  readonly inputs: readonly VmcPanelInputRow[];
  readonly notes: readonly string[];
  readonly errors: readonly string[];
};

type Outcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly input: string };

const KIND_SUFFIX: Readonly<Record<CustomerKind, string>> = { PARTICULIER: 'Particulier', PROFESSIONNEL: 'Professionnel' };

/** Runs one computation; an impossible input becomes « n/a » for this output only. */
function attempt<T>(compute: () => T): Outcome<T> {
  try {
    return { ok: true, value: compute() };
  } catch (error) {
    if (error instanceof DomainInputError) return { ok: false, input: error.input };
    throw error;
  }
}

function inputLabelKey(input: string): string {
  if ((VMC_INPUT_NAMES as readonly string[]).includes(input)) {
    return `autoCibleVmc${input.charAt(0).toUpperCase()}${input.slice(1)}`;
  }
  return input.startsWith('purchases[') ? 'autoCibleVmcPurchaseHistory' : input;
}

function formatInput(format: Formatter, name: VmcInputName, value: number): string | null {
  switch (name) {
    case 'averageAmount':
    case 'costToReach':
      return format.money(roundCents(value));
    case 'retentionRate':
    case 'conversionRate':
    case 'marginRate':
      return format.percent(value);
    case 'purchasesPerYear':
      return format.number(value, 2);
    case 'periodYears':
      return format.number(value, 1);
  }
}

function sourceText(ctx: VmcPanelContext, source: VmcInputSource): string {
  if (source.type === 'default') return ctx.label(`autoCibleVmcSourceDefault${KIND_SUFFIX[source.customerKind]}`);
  const years = ctx.format.number(source.windowYears, 1) ?? '';
  return ctx.label('autoCibleVmcSourceHistory', { count: String(source.purchaseCount), years });
}

function notes(ctx: VmcPanelContext): string[] {
  if (ctx.history.status === 'unavailable') return [ctx.label('autoCibleVmcHistoryUnavailable')];
  const said: string[] = [];
  if (ctx.history.limited === true) said.push(ctx.label('autoCibleVmcHistoryLimited'));
  const pageSize = ctx.history.pageSize ?? HISTORY_MAX_SIZE;
  if (ctx.history.history.total > pageSize) said.push(ctx.label('autoCibleVmcHistoryTruncated', { count: String(pageSize) }));
  return said;
}

type Computation = { readonly name: string; readonly labelKey: string; readonly compute: (inputs: VmcInputs) => number };

const OUTPUTS: readonly Computation[] = [
  { name: 'vmcBrute', labelKey: 'autoCibleVmcBrute', compute: vmcBrute },
  { name: 'acquisitionCost', labelKey: 'autoCibleVmcAcquisitionCost', compute: acquisitionCost },
  { name: 'vmcNette', labelKey: 'autoCibleVmcNette', compute: vmcNette },
];

const MARGIN_OUTPUTS: readonly Computation[] = [
  { name: 'vmcMarge', labelKey: 'autoCibleVmcMarge', compute: vmcMarge },
  { name: 'vmcNetteMarge', labelKey: 'autoCibleVmcNetteMarge', compute: vmcNetteMarge },
];

function outputRows(ctx: VmcPanelContext, resolved: Outcome<ResolvedVmcInputs>, computations: readonly Computation[]): VmcPanelRow[] {
  const notAvailable = ctx.label('autoCibleVmcNotAvailable');
  return computations.map(({ name, labelKey, compute }) => {
    const outcome = resolved.ok ? attempt(() => compute(resolved.value.inputs)) : resolved;
    const value = outcome.ok ? ctx.format.money(outcome.value) : null;
    return { name, label: ctx.label(labelKey), value: value ?? notAvailable };
  });
}

function inputRows(ctx: VmcPanelContext, resolved: Outcome<ResolvedVmcInputs>): VmcPanelInputRow[] {
  if (!resolved.ok) return [];
  const { inputs, sources } = resolved.value;
  return VMC_INPUT_NAMES.map((name) => ({
    name,
    label: ctx.label(inputLabelKey(name)),
    value: formatInput(ctx.format, name, inputs[name]) ?? ctx.label('autoCibleVmcNotAvailable'),
    source: sourceText(ctx, sources[name]),
  }));
}

/** Every impossible input, not only the first one a formula meets. */
function invalidInputs(resolved: Outcome<ResolvedVmcInputs>): string[] {
  if (!resolved.ok) return [resolved.input];
  const { inputs } = resolved.value;
  return VMC_INPUT_NAMES.filter((name) => !attempt(() => assertVmcInput(name, inputs[name])).ok);
}

export function buildVmcPanelData(ctx: VmcPanelContext): VmcPanelData {
  const purchases = ctx.history.status === 'loaded' ? ctx.history.history.purchases : [];
  const { defaults, customerKind, today } = ctx;
  const resolved = attempt(() => resolveVmcInputs({ purchases, defaults, customerKind, today }));
  return {
    outputs: outputRows(ctx, resolved, OUTPUTS),
    courseNote: ctx.label('autoCibleVmcCourseNote'),
    marginHeading: ctx.label('autoCibleVmcMarginHeading'),
    marginRows: outputRows(ctx, resolved, MARGIN_OUTPUTS),
    marginCaveat: ctx.label('autoCibleVmcMarginCaveat'),
    inputsHeading: ctx.label('autoCibleVmcInputsHeading'),
    inputs: inputRows(ctx, resolved),
    notes: notes(ctx),
    errors: invalidInputs(resolved).map((input) => ctx.label('autoCibleVmcImpossibleInput', { input: ctx.label(inputLabelKey(input)) })),
  };
}
