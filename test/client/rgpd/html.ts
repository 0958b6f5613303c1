/** Reads the rendered RGPD panel HTML in node:vm (no DOM). */
import { plainSpaces } from '../support/html';

/** The block of one channel, up to its first detail line. */
function channelHead(html: string, channel: string): string {
  const start = html.indexOf(`data-name="${channel}"`);
  if (start < 0) throw new Error(`no channel ${channel}`);
  const end = html.indexOf(`data-name="${channel}-date"`, start);
  return html.slice(start, end);
}

function roleText(block: string, role: string): string | null {
  const match = new RegExp(`data-role="${role}">([^<]*)<`).exec(block);
  return match === null ? null : plainSpaces(match[1] ?? '').trim();
}

export interface RenderedChannel {
  readonly eligibility: string | null;
  readonly state: string | null;
  readonly status: string | null;
  readonly reason: string | null;
  readonly legal: string | null;
  readonly rejected: string[];
}

export function channelOf(html: string, channel: string): RenderedChannel {
  const head = channelHead(html, channel);
  return {
    eligibility: roleText(head, 'eligibility'),
    state: /data-state="([a-zA-Z]+)" data-role="eligibility"/.exec(head)?.[1] ?? null,
    status: roleText(head, 'status'),
    reason: roleText(head, 'reason'),
    legal: roleText(head, 'legal'),
    rejected: [...head.matchAll(/data-role="rejected">([^<]*)</g)].map((m) => plainSpaces(m[1] ?? '')),
  };
}

/** A detail line (`email-proof`…) or a retention row: its value, tooltip, highlight and hint. */
export function lineOf(html: string, name: string): { value: string; title: string | null; state: string | null; hint: string | null } {
  const start = html.indexOf(`data-name="${name}"`);
  if (start < 0) throw new Error(`no line ${name}`);
  const next = html.indexOf('data-name="', start + 1);
  const block = html.slice(start, next < 0 ? undefined : next);
  const value = /<span(?: title="([^"]*)")?(?: class="[^"]*" data-state="([a-z]+)")? data-role="value">([^<]*)</.exec(block);
  return {
    value: plainSpaces(value?.[3] ?? '').trim(),
    title: value?.[1] ?? null,
    state: value?.[2] ?? null,
    hint: roleText(block, 'hint'),
  };
}
