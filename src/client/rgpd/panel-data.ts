/**
 * What the RGPD panel shows: consent and marketing eligibility per channel, then the retention plan and
 * the legal hold. Every text is final here; the template only escapes and lays it out.
 */
import { consentRows, relationshipNote } from './consent-rows';
import { recordConsent } from './record-consent';
import { retentionData } from './retention-rows';
import type { ChannelRow, ConsentContext } from './consent-rows';
import type { RetentionRow } from './retention-rows';

export type RgpdPanelContext = ConsentContext;

export interface RgpdPanelData {
  readonly consentHeading: string;
  /** Set when the consent history cannot be read. */
  readonly historyNote: string | null;
  /** Set when the user could not read the person's sales or vehicles: the channels may be stricter than the consent check. */
  readonly relationshipNote: string | null;
  readonly channels: readonly ChannelRow[];
  readonly retentionHeading: string;
  readonly retentionNote: string | null;
  readonly retention: readonly RetentionRow[];
}

export function buildRgpdPanelData(ctx: RgpdPanelContext): RgpdPanelData {
  const consent = recordConsent(ctx.get, ctx.today);
  const retention = retentionData(ctx);
  return {
    consentHeading: ctx.label('autoCibleRgpdConsentHeading'),
    historyNote: consent.status === 'unreadable' ? ctx.label('autoCibleRgpdHistoryUnreadable') : null,
    relationshipNote: relationshipNote(ctx),
    channels: consentRows(ctx, consent),
    retentionHeading: ctx.label('autoCibleRgpdRetentionHeading'),
    retentionNote: retention.note,
    retention: retention.rows,
  };
}
