// What the VMC views use: the purchase-history request, its parsing, formatting and the panel data.
export { createFormatter } from './format';
export type { Formatter } from './format';
export { buildVmcPanelData } from './panel-data';
export type { HistoryState, Translate, VmcPanelContext, VmcPanelData, VmcPanelInputRow, VmcPanelRow } from './panel-data';
export { allowedMaxSize, HISTORY_MAX_SIZE, toHistory, wonOpportunitiesRequest } from './purchases';
export type { History, HistoryRequest } from './purchases';
