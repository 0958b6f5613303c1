import { describe, expect, it } from 'vitest';
import { vmcUiLabels } from '../../../src/core/vmc';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('VMC UI labels', () => {
  it('are prefixed autoCibleVmc, with the panel title among them', () => {
    expect(Object.keys(vmcUiLabels).every((key) => key.startsWith('autoCibleVmc'))).toBe(true);
    expect(vmcUiLabels.autoCibleVmcPanel).toBeDefined();
  });

  it('have a French and an English text with the same placeholders', () => {
    for (const [key, label] of Object.entries(vmcUiLabels)) {
      expect(label.fr.trim(), key).not.toBe('');
      expect(label.en.trim(), key).not.toBe('');
      expect(placeholders(label.fr), key).toEqual(placeholders(label.en));
    }
  });
});
