/**
 * What the VMC panel shows, computed with the same `src/core/vmc` code as the server. Every text is
 * final here (translated, formatted); the template only escapes and lays it out.
 */
import { HISTORY_MAX_SIZE, recordVmc, roundCents, vmcInputLabelKey, VMC_INPUT_NAMES } from '../../core/vmc';
import type {
  CustomerKind, History, RecordVmc, ResolvedVmcInputs, VmcDefaults, VmcInputName, VmcInputSource, VmcOutcome, VmcOutputName,
} from '../../core/vmc';
import type { Formatter } from './format';

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

const KIND_SUFFIX: Readonly<Record<CustomerKind, string>> = { PARTICULIER: 'Particulier', PROFESSIONNEL: 'Professionnel' };

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

type Output = { readonly name: VmcOutputName; readonly labelKey: string };

const OUTPUTS: readonly Output[] = [
  { name: 'vmcBrute', labelKey: 'autoCibleVmcBrute' },
  { name: 'acquisitionCost', labelKey: 'autoCibleVmcAcquisitionCost' },
  { name: 'vmcNette', labelKey: 'autoCibleVmcNette' },
];

const MARGIN_OUTPUTS: readonly Output[] = [
  { name: 'vmcMarge', labelKey: 'autoCibleVmcMarge' },
  { name: 'vmcNetteMarge', labelKey: 'autoCibleVmcNetteMarge' },
];

function outputRows(ctx: VmcPanelContext, vmc: RecordVmc, outputs: readonly Output[]): VmcPanelRow[] {
  const notAvailable = ctx.label('autoCibleVmcNotAvailable');
  return outputs.map(({ name, labelKey }) => {
    const outcome = vmc.outputs[name];
    const value = outcome.ok ? ctx.format.money(outcome.value) : null;
    return { name, label: ctx.label(labelKey), value: value ?? notAvailable };
  });
}

function inputRows(ctx: VmcPanelContext, resolved: VmcOutcome<ResolvedVmcInputs>): VmcPanelInputRow[] {
  if (!resolved.ok) return [];
  const { inputs, sources } = resolved.value;
  return VMC_INPUT_NAMES.map((name) => ({
    name,
    label: ctx.label(vmcInputLabelKey(name)),
    value: formatInput(ctx.format, name, inputs[name]) ?? ctx.label('autoCibleVmcNotAvailable'),
    source: sourceText(ctx, sources[name]),
  }));
}

export function buildVmcPanelData(ctx: VmcPanelContext): VmcPanelData {
  const purchases = ctx.history.status === 'loaded' ? ctx.history.history.purchases : [];
  const { defaults, customerKind, today } = ctx;
  const vmc = recordVmc({ purchases, defaults, customerKind, today });
  return {
    outputs: outputRows(ctx, vmc, OUTPUTS),
    courseNote: ctx.label('autoCibleVmcCourseNote'),
    marginHeading: ctx.label('autoCibleVmcMarginHeading'),
    marginRows: outputRows(ctx, vmc, MARGIN_OUTPUTS),
    marginCaveat: ctx.label('autoCibleVmcMarginCaveat'),
    inputsHeading: ctx.label('autoCibleVmcInputsHeading'),
    inputs: inputRows(ctx, vmc.resolved),
    notes: notes(ctx),
    errors: vmc.invalidInputs.map((input) => ctx.label('autoCibleVmcImpossibleInput', { input: ctx.label(vmcInputLabelKey(input)) })),
  };
}
