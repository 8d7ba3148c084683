import { describe, expect, it } from 'vitest';
import { traineeLabels } from './trainee-labels';

describe('traineeLabels', () => {
  it('leaves a unique name alone and shows a program ID beside it', () => {
    const labels = traineeLabels([
      { key: 'p-1', name: 'Ana', programId: null },
      { key: 'p-2', name: 'Ben', programId: 'PT-7' },
    ]);
    expect(labels.get('p-1')).toEqual({ detail: null, label: 'Ana' });
    expect(labels.get('p-2')).toEqual({ detail: 'PT-7', label: 'Ben (PT-7)' });
  });

  it('tells two people with the same name apart by program ID when they have different ones', () => {
    const labels = traineeLabels([
      { key: 'a', name: 'Sam', programId: 'PT-1' },
      { key: 'b', name: 'Sam', programId: 'PT-2' },
    ]);
    expect([labels.get('a')?.label, labels.get('b')?.label]).toEqual(['Sam (PT-1)', 'Sam (PT-2)']);
  });

  it('adds the end of the profile id when name and program ID are the same, as for two first-run "Trainee"s', () => {
    const labels = traineeLabels([
      { key: '0c1d-9e8f-4f2a', name: 'Trainee', programId: null },
      { key: '77aa-1b2c-03d9', name: 'trainee', programId: null },
      { key: 'x1', name: 'Sam', programId: 'PT-1' },
      { key: 'x2', name: 'Sam', programId: 'PT-1' },
    ]);
    expect(labels.get('0c1d-9e8f-4f2a')?.label).toBe('Trainee (…4f2a)');
    expect(labels.get('77aa-1b2c-03d9')?.label).toBe('trainee (…03d9)');
    expect(labels.get('x1')?.detail).toBe('PT-1, x1');
    expect(new Set([...labels.values()].map((l) => l.label)).size).toBe(4);
  });

  it('lengthens the id ending until it differs', () => {
    const labels = traineeLabels([
      { key: 'aaaa-1234', name: 'Sam', programId: null },
      { key: 'bbbb-1234', name: 'Sam', programId: null },
    ]);
    expect([labels.get('aaaa-1234')?.label, labels.get('bbbb-1234')?.label]).toEqual(['Sam (…a-1234)', 'Sam (…b-1234)']);
  });
});
