// The pack: its name, version, the plugin API it was written for, and its checks.
// sspr-audit loads it with --plugin (this folder, or the installed package name).

import { definePack } from 'sspr-audit/plugin';
import adminsMayNotUseSspr from './checks/ACME-01.js';
import adminsHaveMfa from './checks/ACME-02.js';

export default definePack({
  name: 'sspr-audit-plugin-example',
  version: '1.0.0',
  apiVersion: 1,
  scores: true,
  checks: [adminsMayNotUseSspr, adminsHaveMfa],
});
