/** Reads the rendered score panel HTML in node:vm (no DOM): the rows of its reasons table. */
import { plainSpaces } from '../support/html';

export interface RenderedReason {
  readonly rule: string;
  readonly reason: string;
  readonly seen: string;
  readonly points: string;
}

function cell(row: string, role: string): string {
  return plainSpaces(new RegExp(`data-role="${role}">([^<]*)<`).exec(row)?.[1] ?? '');
}

/** The reason rows of one axis, in order. */
export function reasonRows(html: string, axis: string): RenderedReason[] {
  const body = new RegExp(`<tbody data-axis="${axis}">([\\s\\S]*?)</tbody>`).exec(html)?.[1] ?? '';
  return [...body.matchAll(/<tr data-rule="([^"]*)">([\s\S]*?)<\/tr>/g)].map((m) => ({
    rule: m[1] ?? '',
    reason: cell(m[2] ?? '', 'reason'),
    seen: cell(m[2] ?? '', 'seen'),
    points: cell(m[2] ?? '', 'points'),
  }));
}

export function axisTotal(html: string, axis: string): string {
  const body = new RegExp(`<tbody data-axis="${axis}">([\\s\\S]*?)</tbody>`).exec(html)?.[1] ?? '';
  return cell(body, 'total');
}

export function gradeBadge(html: string): { style: string; text: string } | null {
  const match = /class="label label-md label-([a-z]+)" data-role="grade">([^<]*)</.exec(html);
  return match === null ? null : { style: match[1] ?? '', text: match[2] ?? '' };
}

export interface RenderedChannel {
  readonly channel: string;
  readonly name: string;
  readonly style: string;
  readonly state: string;
  readonly title: string | null;
  readonly text: string;
}

const CHANNEL_LINE =
  /<div class="small" data-channel="([^"]*)">\s*<span class="text-muted" data-role="channel">([^<]*)<\/span>\s*<span class="label label-md label-([a-z]+)" data-state="([a-zA-Z]+)"(?: title="([^"]*)")? data-role="eligibility">([^<]*)</g;

/** The channel lines of the score panel, in order; empty when the block is absent. */
export function channelBadges(html: string): RenderedChannel[] {
  return [...html.matchAll(CHANNEL_LINE)].map((m) => ({
    channel: m[1] ?? '',
    name: m[2] ?? '',
    style: m[3] ?? '',
    state: m[4] ?? '',
    title: m[5] ?? null,
    text: m[6] ?? '',
  }));
}
