/**
 * The catalogue's `text` fields (consent history and proofs, score reasons) declared in the fake's metadata,
 * as installing the extension declares them in EspoCRM's: the fake's list calls then cut them to
 * `maxSelectTextAttributeLengthForList` characters (10 000 by default) exactly as EspoCRM's do.
 */
import { CATALOGUE } from '../../../../src/core/catalogue';
import type { FakeEspo } from '../../../msw/fake-espo';

export function declareTextFields(fake: FakeEspo): void {
  for (const entity of CATALOGUE) {
    for (const field of entity.fields) if (field.type === 'text') fake.setMetadata(`entityDefs.${entity.entityType}.fields.${field.name}`, { type: 'text' });
  }
}
