// The national clouds (GRAPH.md §1.6): Graph root, token authority and `.default` scope of each,
// plus what each cloud does not offer, so a collector can record `unavailable` instead of calling.

import type { Cloud } from '../snapshot/types.js';

export interface CloudEndpoints {
  cloud: Cloud;
  graphRoot: string;
  authorityHost: string;
  graphScope: string;
  /** The portal backend host, where it is known to exist (global only). */
  portalHost?: string;
  /** Snapshot sections whose endpoint this cloud does not offer. */
  unavailable: ReadonlyArray<'directoryAudits'>;
}

export const CLOUDS: Record<Cloud, CloudEndpoints> = {
  global: {
    cloud: 'global',
    graphRoot: 'https://graph.microsoft.com',
    authorityHost: 'https://login.microsoftonline.com',
    graphScope: 'https://graph.microsoft.com/.default',
    portalHost: 'https://main.iam.ad.ext.azure.com',
    unavailable: [],
  },
  usgov: {
    cloud: 'usgov',
    graphRoot: 'https://graph.microsoft.us',
    authorityHost: 'https://login.microsoftonline.us',
    graphScope: 'https://graph.microsoft.us/.default',
    unavailable: [],
  },
  'usgov-dod': {
    cloud: 'usgov-dod',
    graphRoot: 'https://dod-graph.microsoft.us',
    authorityHost: 'https://login.microsoftonline.us',
    graphScope: 'https://dod-graph.microsoft.us/.default',
    unavailable: [],
  },
  china: {
    cloud: 'china',
    graphRoot: 'https://microsoftgraph.chinacloudapi.cn',
    authorityHost: 'https://login.chinacloudapi.cn',
    graphScope: 'https://microsoftgraph.chinacloudapi.cn/.default',
    // directoryAudits is documented for the global and US clouds only (GRAPH.md §1.6).
    unavailable: ['directoryAudits'],
  },
};

export const CLOUD_NAMES = Object.keys(CLOUDS) as Cloud[];

export function isCloud(name: string): name is Cloud {
  return (CLOUD_NAMES as string[]).includes(name);
}

/** The portal backend's resource (Azure portal, "ADIbizaUX") and its delegated scope. */
export const PORTAL_RESOURCE = '74658136-14ec-4630-ad9b-26e160ff0fc6';
export const PORTAL_SCOPE = `${PORTAL_RESOURCE}/.default`;
/** Azure PowerShell's public client id, used for the portal's delegated device-code sign-in. */
export const PORTAL_CLIENT_ID = '1950a258-227b-4e31-a9cf-717495945fc2';
/** Microsoft Graph Command Line Tools: the public client for `--auth device-code` when AZURE_CLIENT_ID is unset. */
export const GRAPH_CLI_CLIENT_ID = '14d82eec-204b-4c2f-b7e8-296a70dab67e';
