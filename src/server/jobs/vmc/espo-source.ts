/**
 * The VMC job's source on EspoCRM, through the REST client and gateway the score job uses: `GET Settings` once,
 * Contacts and Accounts listed in id order with only their VMC fields (and a contact's customer kind), and each
 * record's won opportunities with the request the side panel sends (`wonOpportunitiesRequest`, src/core/vmc). The
 * client asks again with a smaller page when the installation's `recordListMaxSizeLimit` is below 200, as the panel.
 */
import { toHistory, wonOpportunitiesRequest } from '../../../core/vmc';
import type { History } from '../../../core/vmc';
import type { EspoClient } from '../../espo/api/create-client';
import type { EspoGateway } from '../../espo/gateway';
import type { EspoRecord, ListParams } from '../../espo/types';
import type { VmcEntityType, VmcSource } from './types';
import { vmcSelect } from './vmc-fields';

export class EspoVmcSource implements VmcSource {
  constructor(
    private readonly client: EspoClient,
    private readonly gateway: EspoGateway,
  ) {}

  async settings(signal: AbortSignal): Promise<Readonly<Record<string, unknown>>> {
    return this.client.getSettings({ signal });
  }

  records(entityType: VmcEntityType, signal: AbortSignal): AsyncIterable<EspoRecord> {
    return this.gateway.iterate(entityType, { select: vmcSelect(entityType), signal });
  }

  async history(entityType: VmcEntityType, id: string, signal: AbortSignal): Promise<History> {
    const { endpoint, params } = wonOpportunitiesRequest(entityType, id);
    const list: ListParams = {
      primaryFilter: params.primaryFilter, select: params.select.split(','), orderBy: params.orderBy, order: params.order,
      maxSize: params.maxSize, ...(params.where === undefined ? {} : { where: params.where }), signal,
    };
    const body = endpoint.kind === 'related'
      ? await this.client.listRelated(endpoint.entityType, endpoint.id, endpoint.link, list)
      : await this.client.list(endpoint.entityType, list);
    return toHistory(body);
  }
}
