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
