import { memo, useId } from 'react';
import { PATIENT_STATE_VARIABLES, type PatientState, type PatientStateVariable, type Scenario } from '../../../engine/trainee';

export const VARIABLE_LABELS: Record<PatientStateVariable, string> = {
  anger: 'Anger',
  trust: 'Trust',
  injustice: 'Perceived injustice',
  goalAgreement: 'Goal agreement',
  taskAgreement: 'Task agreement',
};

export interface PreviewSettings {
  startNodeId: string;
  state: PatientState;
  /** Let time limits run on the clock; otherwise they wait for "Let the time run out". */
  realTime: boolean;
}

interface Props {
  scenario: Scenario;
  settings: PreviewSettings;
  onChange: (settings: PreviewSettings) => void;
  onStart: () => void;
  disabled: boolean;
}

const clamp = (value: number) => Math.min(100, Math.max(0, Math.round(Number.isFinite(value) ? value : 0)));

/** One option per node, redrawn only when the ids change (a 1,000-node file re-checks on every pause in typing). */
const NodeOptions = memo(function NodeOptions({ ids, start }: { ids: string; start: string }) {
  return ids.split('\n').map((id) => (
    <option key={id} value={id}>
      {id === start ? `${id} (start)` : id}
    </option>
  ));
});

/** Where the preview starts and with what patient state: any node, any state. */
export function PreviewStart({ scenario, settings, onChange, onStart, disabled }: Props) {
  const id = useId();
  const set = (variable: PatientStateVariable, value: number) =>
    onChange({ ...settings, state: { ...settings.state, [variable]: clamp(value) } });
  return (
    <form
      className="author-preview-start"
      onSubmit={(event) => {
        event.preventDefault();
        onStart();
      }}
    >
      <div className="author-field">
        <label htmlFor={`${id}-node`}>Start at node</label>
        <select id={`${id}-node`} value={settings.startNodeId} onChange={(e) => onChange({ ...settings, startNodeId: e.target.value })}>
          <NodeOptions ids={scenario.nodes.map((n) => n.id).join('\n')} start={scenario.start} />
        </select>
      </div>
      <fieldset className="author-state-fields">
        <legend>Patient state at the start (0–100)</legend>
        {PATIENT_STATE_VARIABLES.map((variable) => (
          <div key={variable} className="author-state-field">
            <label htmlFor={`${id}-${variable}`}>{VARIABLE_LABELS[variable]}</label>
            <input
              id={`${id}-${variable}`}
              type="range"
              min={0}
              max={100}
              value={settings.state[variable]}
              onChange={(e) => set(variable, Number(e.target.value))}
            />
            <input
              type="number"
              min={0}
              max={100}
              aria-label={`${VARIABLE_LABELS[variable]} value`}
              value={settings.state[variable]}
              onChange={(e) => set(variable, Number(e.target.value))}
            />
          </div>
        ))}
        <button
          type="button"
          className="button button-small"
          onClick={() => onChange({ ...settings, state: { ...scenario.initialState } })}
        >
          Use the scenario’s initial state
        </button>
      </fieldset>
      <div className="author-field-inline">
        <input
          id={`${id}-clock`}
          type="checkbox"
          checked={settings.realTime}
          onChange={(e) => onChange({ ...settings, realTime: e.target.checked })}
        />
        <label htmlFor={`${id}-clock`}>Run time limits on the clock</label>
      </div>
      <button type="submit" className="button button-primary" disabled={disabled}>
        Start preview
      </button>
    </form>
  );
}
