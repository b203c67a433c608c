import { describe, expect, it } from 'vitest';
import { MemoryLogger, warningsOnce } from '../../src/io/logger.js';

describe('warningsOnce', () => {
  it('says each warning text once and passes everything else through', async () => {
    const memory = new MemoryLogger();
    const logger = warningsOnce(memory);
    logger.warn('metrics URL never answered');
    logger.info('step');
    logger.warn('metrics URL never answered');
    logger.warn('another warning');
    logger.info('step');
    logger.error('bad');
    logger.debug('detail');
    expect(await logger.group('title', async () => 7)).toBe(7);
    expect(memory.lines).toEqual([
      'warn: metrics URL never answered',
      'info: step',
      'warn: another warning',
      'info: step',
      'error: bad',
      'debug: detail',
      'group: title',
    ]);
  });
});
