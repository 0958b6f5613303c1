import type { ConsentChannel } from './channels';
import type { HostOptOutFlags } from './eligibility';
import type { ConsentEvent } from './event';
import { channelConsent } from './state';

type HostFlag = keyof HostOptOutFlags;

/**
 * The channels each EspoCRM flag closes (as `eligibility` reads them): the phone number's opt-out covers
 * SMS and calls, `doNotCall` only calls (platform.md §5).
 */
export const HOST_FLAG_CHANNELS: Readonly<Record<HostFlag, readonly ConsentChannel[]>> = {
  emailAddressIsOptedOut: ['email'],
  phoneNumberIsOptedOut: ['sms', 'phone'],
  doNotCall: ['phone'],
};

/** How the `sourceRef` of an objection read from an EspoCRM flag starts. */
export const HOST_FLAG_SOURCE_REF_PREFIX = 'espocrm:';

/** `sourceRef` of an objection read from an EspoCRM flag: says which flag, so the history tells where it came from. */
export function hostFlagSourceRef(flag: HostFlag): string {
  return `${HOST_FLAG_SOURCE_REF_PREFIX}${flag}`;
}

/**
 * The objections EspoCRM's opt-out flags show and the history does not hold yet: one `OPT_OUT` event dated
 * `today` (the day it was first seen) for each channel a flag closes while the history does not say
 * `OPT_OUT`. Empty once recorded, so a second run adds nothing. A flag left ticked after a proven opt-in is
 * recorded again: the flag is what EspoCRM's own mass e-mails obey, so it is an objection until someone
 * unticks it.
 */
export function hostFlagEvents(flags: HostOptOutFlags, history: readonly ConsentEvent[], today: string): ConsentEvent[] {
  const events: ConsentEvent[] = [];
  const seen = new Set<ConsentChannel>();
  for (const flag of Object.keys(HOST_FLAG_CHANNELS) as HostFlag[]) {
    if (flags[flag] !== true) continue;
    for (const channel of HOST_FLAG_CHANNELS[flag]) {
      if (seen.has(channel) || channelConsent(history, channel, today).status === 'OPT_OUT') continue;
      seen.add(channel);
      events.push({ channel, status: 'OPT_OUT', date: today, source: 'AUTRE', sourceRef: hostFlagSourceRef(flag) });
    }
  }
  return events;
}
