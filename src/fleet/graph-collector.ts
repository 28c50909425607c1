// The production TenantCollector: Graph collection (src/collect/) with a credential of the tenant's own.
// Until the Graph layer is part of this build, every tenant fails with a collection error.

import { CollectionError } from '../util/collection-error.js';
import type { TenantCollector } from './tenant-collector.js';

export const graphCollector: TenantCollector = async () => {
  throw new CollectionError('Graph collection is not available in this build');
};
