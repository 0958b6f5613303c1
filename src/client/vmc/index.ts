// What the VMC views use: formatting, the panel data, and the panel's reading of a refused page size. The
// purchase-history request and its parsing are in src/core/vmc (shared with the `vmc` job).
export { createFormatter } from './format';
export type { Formatter } from './format';
export { buildVmcPanelData } from './panel-data';
export type { HistoryState, Translate, VmcPanelContext, VmcPanelData, VmcPanelInputRow, VmcPanelRow } from './panel-data';
export { allowedMaxSize } from './purchases';
