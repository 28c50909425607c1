// The troubleshooting knowledge base, remediation and checklist are data; these keep them whole and linked.

import { expect } from 'chai';
import { CHECKS } from '../../checks/index.js';
import { CHECKLIST } from '../../checks/checklist.js';
import { TROUBLESHOOTING } from '../../checks/troubleshooting.js';
import { CHECKLIST_ITEMS } from '../../src/engine/types.js';

describe('knowledge base', () => {
  it('has TS-01 … TS-06, each with a symptom, causes, fixes and signals', () => {
    expect(TROUBLESHOOTING.map((e) => e.id)).to.deep.equal([
      'TS-01',
      'TS-02',
      'TS-03',
      'TS-04',
      'TS-05',
      'TS-06',
    ]);
    for (const e of TROUBLESHOOTING) {
      expect(e.symptom.trim(), e.id).not.to.equal('');
      expect(e.context.trim(), e.id).not.to.equal('');
      for (const list of [e.causes, e.fixes, e.signals]) {
        expect(list.length, e.id).to.be.greaterThan(0);
        for (const item of list) expect(item.trim(), e.id).not.to.equal('');
      }
    }
  });

  it('links every check to entries that exist', () => {
    const ids = new Set(TROUBLESHOOTING.map((e) => e.id));
    for (const { meta } of CHECKS)
      for (const ts of meta.troubleshooting) expect(ids.has(ts), `${meta.id} → ${ts}`).to.equal(true);
  });

  it('gives every remediation a summary, concrete steps and only https Microsoft references', () => {
    for (const { meta } of CHECKS) {
      const r = meta.remediation;
      expect(r.summary.length, meta.id).to.be.greaterThan(15);
      for (const step of r.steps) expect(step.length, meta.id).to.be.greaterThan(10);
      if (r.reference)
        expect(r.reference, meta.id).to.match(/^https:\/\/learn\.microsoft\.com\/[\w\-/#.?=]+$/);
    }
  });

  it('lists every checklist item once, in the order of CHECKLIST_ITEMS, each decided by at least one check', () => {
    expect(CHECKLIST.map((i) => i.id)).to.deep.equal([...CHECKLIST_ITEMS]);
    for (const item of CHECKLIST)
      expect(
        CHECKS.some((c) => c.meta.checklistItem === item.id),
        item.id,
      ).to.equal(true);
  });

  it('has every troubleshooting entry cited by at least one check', () => {
    for (const e of TROUBLESHOOTING)
      expect(
        CHECKS.some((c) => c.meta.troubleshooting.includes(e.id)),
        e.id,
      ).to.equal(true);
  });
});
