import { isIsoDate } from '../catalogue/iso-date';

const DATE_TIME = /^(\d{4}-\d{2}-\d{2}) ([01]\d|2[0-3]):([0-5]\d):([0-5]\d)$/;

/** EspoCRM's datetime format: UTC `YYYY-MM-DD HH:mm:ss` on a real calendar day (platform §4.2). */
export function isEspoDateTime(value: string): boolean {
  const m = DATE_TIME.exec(value);
  return m !== null && isIsoDate(m[1] ?? '');
}
