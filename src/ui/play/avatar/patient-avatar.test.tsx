import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EXPRESSIONS } from '../../../engine/trainee';
import { AppDataContext, type AppData } from '../../data/app-data-context';
import { DEFAULT_SETTINGS } from '../../data/store-port';
import { PatientAvatar } from './patient-avatar';
import { browPath, FEATURES, mouthPath } from './expression-features';

const data = { settings: DEFAULT_SETTINGS } as AppData;

function renderAvatar(props: Parameters<typeof PatientAvatar>[0]) {
  return render(
    <AppDataContext.Provider value={data}>
      <PatientAvatar {...props} />
    </AppDataContext.Provider>,
  );
}

describe('PatientAvatar', () => {
  it('describes the patient and their expression for screen readers', () => {
    renderAvatar({ name: 'Ana Ruiz', expression: 'guarded' });
    expect(screen.getByRole('img', { name: 'Illustration of Ana Ruiz, looking guarded' })).toBeInTheDocument();
  });

  it('changes with the expression', () => {
    const { rerender } = renderAvatar({ name: 'Ana Ruiz', expression: 'calm' });
    expect(screen.getByRole('img')).toHaveAttribute('data-expression', 'calm');
    rerender(
      <AppDataContext.Provider value={data}>
        <PatientAvatar name="Ana Ruiz" expression="hostile" />
      </AppDataContext.Provider>,
    );
    expect(screen.getByRole('img', { name: /looking hostile/ })).toHaveAttribute('data-expression', 'hostile');
  });

  it('draws glasses and a beard only when the hints ask for them', () => {
    const { container, rerender } = renderAvatar({ name: 'A', expression: 'calm' });
    const count = container.querySelectorAll('path, rect, ellipse, circle').length;
    rerender(
      <AppDataContext.Provider value={data}>
        <PatientAvatar name="A" expression="calm" hints={{ glasses: true, beard: true, skinTone: 'dark', hair: 'hijab' }} />
      </AppDataContext.Provider>,
    );
    expect(container.querySelectorAll('path, rect, ellipse, circle').length).toBeGreaterThan(count + 2);
  });

  it('has distinct brows and mouth for every expression, angrier brows lower at the centre', () => {
    const shapes = new Set(EXPRESSIONS.map((e) => browPath(FEATURES[e], 'left') + mouthPath(FEATURES[e])));
    expect(shapes.size).toBe(EXPRESSIONS.length);
    expect(FEATURES.hostile.brow.inner).toBeGreaterThan(FEATURES.calm.brow.inner);
    expect(FEATURES.warm.mouth.mid).toBeGreaterThan(FEATURES.warm.mouth.corner);
  });
});
