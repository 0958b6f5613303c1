/**
 * The person's channel eligibility beside the score (issue 4: consent is not points). The RGPD panel's own
 * reading (`recordConsent`, then `consentRows` over the core's `eligibility()`), shown as one badge per channel.
 */
import { consentRows, recordConsent, relationshipNote } from '../rgpd';
import type { EntityType } from '../../core/catalogue';
import type { ConsentChannel } from '../../core/consent';
import type { ConsentContext, Marketing } from '../rgpd';

/** Entity types that carry the consent fields (catalogue entities.ts): an Account is a company, it has none. */
export const CONSENT_ENTITY_TYPES: readonly EntityType[] = ['Contact', 'Lead'];

export type ChannelsContext = ConsentContext;

export interface ChannelBadge {
  readonly channel: ConsentChannel;
  /** The channel's name, as in the RGPD panel. */
  readonly name: string;
  readonly state: Marketing['state'];
  readonly text: string;
  readonly style: Marketing['style'];
  /** Why, shown as the badge's tooltip. */
  readonly reason: string | null;
}

export interface ScoreChannels {
  readonly heading: string;
  readonly badges: readonly ChannelBadge[];
  /** Set when the consent history cannot be read: no channel is assessed. */
  readonly historyNote: string | null;
  /** Set when the user could not read the person's sales or vehicles (as in the RGPD panel). */
  readonly relationshipNote: string | null;
  /** Consent earns no points. */
  readonly note: string;
}

export function hasConsentChannels(entityType: string): boolean {
  return CONSENT_ENTITY_TYPES.some((type) => type === entityType);
}

export function scoreChannels(ctx: ChannelsContext): ScoreChannels {
  const consent = recordConsent(ctx.get, ctx.today);
  const historyNote = consent.status === 'unreadable' ? ctx.label('autoCibleScorePanelChannelsUnreadable') : null;
  const badges = consentRows(ctx, consent).map(({ channel, title, marketing }) => ({
    channel,
    name: title,
    state: marketing.state,
    text: marketing.text,
    style: marketing.style,
    reason: marketing.reason ?? historyNote,
  }));
  return { heading: ctx.label('autoCibleScorePanelChannels'), badges, historyNote, relationshipNote: relationshipNote(ctx), note: ctx.label('autoCibleScorePanelChannelsNote') };
}
