/** One block per channel: consent status, date, source and proof, then whether marketing is allowed and why. */
import { CONSENT_SOURCE, CONSENT_STATUS } from '../../core/catalogue/enums/governance';
import { CONSENT_CHANNELS, HOST_FLAG_SOURCE_REF_PREFIX, OPPOSITION_LIST_SOURCE_REF, channelConsent, channelFieldNames } from '../../core/consent';
import { optionLabel } from '../option-label';
import type { HostOptionLabel } from '../option-label';
import { eligibilityQuery, marketing, undetermined } from './marketing';
import { truncateProof } from './proof';
import type { ConsentChannel, ConsentEventField } from '../../core/consent';
import type { LabelLang } from '../../core/panels-ui';
import type { Get, Marketing, Translate } from './marketing';
import type { RecordConsent } from './record-consent';
import type { Relationship } from './relationship';

/** What a record panel reading consent needs: the RGPD panel and the score panel's channel badges share it. */
export interface ConsentContext {
  /** Reads a record attribute (`model.get`). */
  readonly get: Get;
  readonly id: string;
  /** Today in the user's time zone, `YYYY-MM-DD`: eligibility depends on the day (phone rules of 2026-08-11). */
  readonly today: string;
  readonly lang: LabelLang;
  readonly label: Translate;
  readonly displayDate: (isoDate: string) => string;
  /** The host's option labels (Label Manager edits); the catalogue's when absent. */
  readonly option?: HostOptionLabel;
  /** The person's sales and vehicle contracts as the panel read them; nothing read when absent. */
  readonly relationship?: Relationship;
}

export interface ConsentDetail {
  /** Unique in the panel, e.g. `email-proof`. */
  readonly name: string;
  readonly label: string;
  readonly value: string;
  /** The full text behind a shortened value. */
  readonly title: string | null;
}

export interface ChannelRow {
  readonly channel: ConsentChannel;
  readonly title: string;
  readonly status: string;
  readonly marketing: Marketing;
  /** Hand edits of this channel that were not recorded. */
  readonly notes: readonly string[];
  readonly details: readonly ConsentDetail[];
}

interface ShownConsent {
  readonly status: unknown;
  readonly date: unknown;
  readonly source: unknown;
  /** Where an objection AutoCible recorded came from (the opposition list, an EspoCRM flag). */
  readonly sourceRef?: string | undefined;
  readonly proof: unknown;
}

/** Objections recorded by `consent sync` say where they came from better than their source (« Autre »). */
function sourceText(ctx: ConsentContext, channel: ConsentChannel, shown: ShownConsent): string | null {
  if (shown.sourceRef === OPPOSITION_LIST_SOURCE_REF) return ctx.label('autoCibleRgpdSourceOppositionList');
  if (shown.sourceRef?.startsWith(HOST_FLAG_SOURCE_REF_PREFIX) === true) return ctx.label('autoCibleRgpdSourceEspoFlag');
  return optionLabel(CONSENT_SOURCE, channelFieldNames(channel).source, shown.source, ctx.lang, ctx.option);
}

const CHANNEL_KEYS: Readonly<Record<ConsentChannel, string>> = {
  email: 'autoCibleRgpdChannelEmail',
  sms: 'autoCibleRgpdChannelSms',
  phone: 'autoCibleRgpdChannelPhone',
  postal: 'autoCibleRgpdChannelPostal',
};

const REJECTED_KEYS: Readonly<Record<ConsentEventField, string>> = {
  proof: 'autoCibleRgpdRejectedProof',
  date: 'autoCibleRgpdRejectedDate',
  status: 'autoCibleRgpdRejectedValue',
  source: 'autoCibleRgpdRejectedValue',
};

/** The state the eligibility used (history as of today); the raw fields when the consent is not assessed. */
function shownConsent(ctx: ConsentContext, consent: RecordConsent, channel: ConsentChannel): ShownConsent {
  if (consent.status === 'ok') {
    const { status, decidedBy } = channelConsent(consent.history, channel, ctx.today);
    return { status, date: decidedBy?.date, source: decidedBy?.source, sourceRef: decidedBy?.sourceRef, proof: decidedBy?.proof };
  }
  const names = channelFieldNames(channel);
  return { status: ctx.get(names.status), date: ctx.get(names.date), source: ctx.get(names.source), proof: ctx.get(names.proof) };
}

function details(ctx: ConsentContext, channel: ConsentChannel, shown: ShownConsent): ConsentDetail[] {
  const empty = ctx.label('autoCiblePanelEmpty');
  const date = typeof shown.date === 'string' && shown.date !== '' ? ctx.displayDate(shown.date) || shown.date : empty;
  const proof = typeof shown.proof === 'string' && shown.proof.trim() !== '' ? truncateProof(shown.proof) : null;
  return [
    { name: `${channel}-date`, label: ctx.label('autoCibleRgpdDate'), value: date, title: null },
    { name: `${channel}-source`, label: ctx.label('autoCibleRgpdSource'), value: sourceText(ctx, channel, shown) ?? empty, title: null },
    { name: `${channel}-proof`, label: ctx.label('autoCibleRgpdProof'), value: proof?.short ?? empty, title: proof?.full ?? null },
  ];
}

function channelRow(ctx: ConsentContext, consent: RecordConsent, channel: ConsentChannel): ChannelRow {
  const shown = shownConsent(ctx, consent, channel);
  const field = channelFieldNames(channel).status;
  const status = optionLabel(CONSENT_STATUS, field, shown.status, ctx.lang, ctx.option) ?? optionLabel(CONSENT_STATUS, field, 'UNKNOWN', ctx.lang, ctx.option) ?? '';
  const rejected = consent.status === 'ok' ? consent.rejected.filter((edit) => edit.channel === channel) : [];
  return {
    channel,
    title: ctx.label(CHANNEL_KEYS[channel]),
    status,
    marketing:
      consent.status === 'ok'
        ? marketing(eligibilityQuery(ctx.get, ctx.id, consent.history, channel, ctx.today, ctx.relationship?.known), ctx.lang, ctx.label)
        : undetermined(ctx.label),
    notes: [...new Set(rejected.map((edit) => ctx.label(REJECTED_KEYS[edit.field])))],
    details: details(ctx, channel, shown),
  };
}

/** Said beside the channels when the user could not read the person's sales or vehicles. */
export function relationshipNote(ctx: ConsentContext): string | null {
  return ctx.relationship?.complete === false ? ctx.label('autoCibleRgpdRelationshipUnread') : null;
}

export function consentRows(ctx: ConsentContext, consent: RecordConsent): ChannelRow[] {
  return CONSENT_CHANNELS.map((channel) => channelRow(ctx, consent, channel));
}
