import { expect } from 'chai';
import { gradeFor, score, type Scored } from '../../src/score/score.js';

const c = (severity: Scored['severity'], status: Scored['status']): Scored => ({ severity, status });

describe('score', () => {
  it('weights pass 1, warn 0.5, fail 0 by severity (critical 10, high 6, medium 3, low 1)', () => {
    // earned = 10 (critical pass) + 3 (high warn) + 0 (medium fail) + 1 (low pass) = 14 of 20
    const s = score([c('critical', 'pass'), c('high', 'warn'), c('medium', 'fail'), c('low', 'pass')]);
    expect(s.value).to.equal(70);
    expect(s.grade).to.equal('C');
    expect(s.coverage).to.equal(1);
  });

  it('leaves not_applicable, not_assessed and accepted_risk out of the score, and only not_applicable out of coverage', () => {
    const s = score([
      c('critical', 'pass'),
      c('high', 'not_assessed'),
      c('medium', 'accepted_risk'),
      c('low', 'not_applicable'),
    ]);
    expect(s.value).to.equal(100);
    // coverage = 10 / (10 + 6 + 3)
    expect(s.coverage).to.be.closeTo(10 / 19, 1e-12);
  });

  it('caps the grade at D when a critical check fails', () => {
    const checks = [c('critical', 'fail'), ...Array.from({ length: 30 }, () => c('high', 'pass'))];
    const s = score(checks);
    expect(s.value).to.be.greaterThan(90);
    expect(s.grade).to.equal('D');
    expect(s.gradeCapped).to.equal(true);
  });

  it('does not cap for an accepted (excepted) critical fail, nor lift an F', () => {
    expect(score([c('critical', 'accepted_risk'), c('high', 'pass')]).grade).to.equal('A');
    const f = score([c('critical', 'fail'), c('low', 'pass')]);
    expect(f.grade).to.equal('F');
    expect(f.gradeCapped).to.equal(false);
  });

  it('grades at the boundaries 90/80/70/60', () => {
    expect([90, 89.99, 80, 79.9, 70, 69.9, 60, 59.9].map(gradeFor)).to.deep.equal([
      'A',
      'B',
      'B',
      'C',
      'C',
      'D',
      'D',
      'F',
    ]);
  });

  it('scores nothing scored as 0 with coverage 0', () => {
    expect(score([c('high', 'not_assessed')])).to.include({ value: 0, coverage: 0 });
    expect(score([c('high', 'not_applicable')]).coverage).to.equal(0);
  });
});
