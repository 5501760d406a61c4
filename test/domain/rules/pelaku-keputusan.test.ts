import { describe, expect, it } from 'vitest';
import { checkPelakuKeputusan } from '../../../src/domain/rules/pelaku-keputusan.js';

describe('R-SYS-02 only the resolved role holder may complete a decision task', () => {
  it('R-SYS-02: given the resolved PUO completed the task, when checked, then it is accepted', () => {
    expect(checkPelakuKeputusan('197204151998031005', '197204151998031005', 'Pimpinan Unit Organisasi').violations).toEqual([]);
  });

  it('R-SYS-02: given someone else (an administrator) completed it, when checked, then it is refused naming the role holder', () => {
    expect(checkPelakuKeputusan('admin', '197204151998031005', 'Pimpinan Unit Organisasi').violations).toEqual([{
      ruleId: 'R-SYS-02',
      field: 'keputusan',
      message: 'Keputusan ini hanya dapat diambil oleh Pimpinan Unit Organisasi (NIP 197204151998031005); keputusan oleh admin tidak berlaku.',
    }]);
  });
});
