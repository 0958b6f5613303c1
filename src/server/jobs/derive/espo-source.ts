/**
 * The derive job's source on EspoCRM: `AutoCibleVehicle` listed through the gateway the other jobs use, 200 a page in
 * id order (keyset pagination), with only the sources and the derived fields (`DERIVE_SELECT`): never a plate, a VIN
 * or a name.
 */
import type { EspoGateway } from '../../espo/gateway';
import type { EspoRecord } from '../../espo/types';
import { DERIVE_SELECT, VEHICLE_ENTITY_TYPE } from './derive-fields';
import type { DeriveSource } from './types';

export class EspoDeriveSource implements DeriveSource {
  constructor(private readonly gateway: EspoGateway) {}

  records(signal: AbortSignal): AsyncIterable<EspoRecord> {
    return this.gateway.iterate(VEHICLE_ENTITY_TYPE, { select: DERIVE_SELECT, signal });
  }
}
