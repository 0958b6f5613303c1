import { DomainInputError } from '../errors';

/** A calendar date (UTC, no time), month 1–12. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function tryParse(value: string): CalendarDate | undefined {
  const match = ISO_DATE.exec(value);
  if (match === null) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/** True for a real calendar date written `YYYY-MM-DD` (so `2023-02-29` is false). */
export function isIsoDate(value: string): boolean {
  return tryParse(value) !== undefined;
}

/** Parses `value`, or throws a `DomainInputError` naming `input`. */
export function parseIsoDate(value: string, input: string): CalendarDate {
  const date = tryParse(value);
  if (date === undefined) throw new DomainInputError(input, value, 'expected a calendar date YYYY-MM-DD');
  return date;
}

function format(date: CalendarDate): string {
  const pad = (n: number, width: number): string => String(n).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/** Adds whole months; a day that does not exist in the target month becomes its last day. */
function shiftMonths(date: CalendarDate, months: number): CalendarDate {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

/**
 * `isoDate` plus `months` (may be negative), clamped to the month end: 31 January + 1 month is
 * 28 or 29 February, and 29 February + 12 months is 28 February.
 */
export function addMonthsIso(isoDate: string, months: number): string {
  if (!Number.isInteger(months)) throw new DomainInputError('months', months, 'expected a whole number of months');
  return format(shiftMonths(parseIsoDate(isoDate, 'date'), months));
}

function compare(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

function wholeMonthsForward(from: CalendarDate, to: CalendarDate): number {
  const months = (to.year - from.year) * 12 + (to.month - from.month);
  return compare(shiftMonths(from, months), to) > 0 ? months - 1 : months;
}

/**
 * Whole months from `a` to `b`, negative when `b` is before `a`. A month is complete on the
 * same day of the month, or on the last day when that day does not exist: from 31 January,
 * one month has passed on 29 February 2024; from 29 February 2024, twelve on 28 February 2025.
 */
export function monthsBetween(a: string, b: string): number {
  const from = parseIsoDate(a, 'a');
  const to = parseIsoDate(b, 'b');
  return compare(from, to) <= 0 ? wholeMonthsForward(from, to) : -wholeMonthsForward(to, from);
}

/** Orders two ISO dates (string order is calendar order for valid `YYYY-MM-DD`). */
export function compareIsoDates(a: string, b: string): number {
  return compare(parseIsoDate(a, 'a'), parseIsoDate(b, 'b'));
}
