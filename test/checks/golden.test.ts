// The golden snapshot is a fully compliant hybrid tenant: every check passes on it unpatched, except
// SSPR-02, which is not applicable by design (SSPR-01 is "All", so there is no pilot group to check).

import { expect } from 'chai';
import { golden } from '../fixtures/golden.js';
import { evaluateOne } from './harness.js';

const PASSING = [
  'SSPR-01',
  'SSPR-03',
  'SSPR-04',
  'SSPR-05',
  'SSPR-06',
  'SSPR-07',
  'SSPR-08',
  'SSPR-09',
  'SSPR-10',
  'SSPR-11',
  'SSPR-12',
];

describe('golden snapshot', () => {
  for (const id of PASSING) {
    it(`${id} passes on the unpatched golden`, () => {
      const r = evaluateOne(id, golden());
      expect(r.status, r.message).to.equal('pass');
      expect(r.evidence.disagreements ?? [], 'no source disagrees on the golden').to.deep.equal([]);
    });
  }

  it('SSPR-02 is not applicable on the golden (SSPR enabled for all users)', () => {
    const r = evaluateOne('SSPR-02', golden());
    expect([r.status, r.reason]).to.deep.equal(['not_applicable', 'scope_not_selected']);
  });
});
