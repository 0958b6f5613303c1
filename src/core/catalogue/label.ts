import type { Label } from './types';

/** A text in both shipped languages, French first as the UI is French-first. */
export function label(fr: string, en: string): Label {
  return { fr, en };
}
