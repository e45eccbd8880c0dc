import { describe, expect, it } from 'vitest';
import { describeBytes } from './limits';

describe('describeBytes', () => {
  it('says sizes the way the upload list shows them, an empty file as empty', () => {
    expect([0, 1, 900, 1024, 350_000, 20 * 1024 * 1024].map(describeBytes)).toEqual(['0 bytes', '1 byte', '900 bytes', '1 KB', '342 KB', '20.0 MB']);
  });
});
