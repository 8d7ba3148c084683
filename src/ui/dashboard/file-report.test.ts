import { describe, expect, it } from 'vitest';
import { fileReport } from './file-report';

const source = { name: 'ana.json', trainees: 1, attempts: 4, added: 4, duplicates: 0 };

describe('fileReport', () => {
  it('says how many attempts a file added', () => {
    expect(fileReport(source)).toBe('added 4 attempts');
    expect(fileReport({ ...source, attempts: 1, added: 1 })).toBe('added 1 attempt');
  });

  it('says how many were already loaded from another file, and how many records were left out', () => {
    expect(fileReport({ ...source, added: 1, duplicates: 3, leftOut: ['…'] })).toBe(
      'added 1 attempt; 3 attempts were already loaded (counted once); 1 record left out (see below)',
    );
    expect(fileReport({ ...source, added: 0, duplicates: 1 })).toBe('added 0 attempts; 1 attempt was already loaded (counted once)');
  });
});
