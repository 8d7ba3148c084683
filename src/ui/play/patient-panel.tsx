import { settingText, type Persona, type SessionView, type Setting } from '../../engine/trainee';
import { useAppData } from '../data/app-data-context';
import { AllianceMeters } from './alliance-meters';
import { PatientAvatar } from './avatar/patient-avatar';
import { EXPRESSION_WORDS } from './avatar/expression-features';

interface Props {
  persona: Persona;
  /** Where the conversation takes place, shown under the condition. */
  setting?: Setting | undefined;
  view: SessionView;
}

/** The patient: picture, who they are, how they look right now, and (coach mode) the meters. */
export function PatientPanel({ persona, setting, view }: Props) {
  const { settings } = useAppData();
  const expression = view.patientLine?.expression ?? view.expression;
  const nonverbal = view.patientLine?.nonverbal ?? null;
  const lastTurn = view.transcript[view.transcript.length - 1];
  return (
    <aside className="patient-panel panel" aria-label={`Patient: ${persona.name}`}>
      <div className="patient-identity">
        <PatientAvatar name={persona.name} hints={persona.avatar} expression={expression} />
        <div>
          <p className="patient-name">
            {persona.name}
            <span className="patient-age">, {persona.age}</span>
          </p>
          <p className="patient-condition">{persona.condition}</p>
          {setting && <p className="patient-setting muted">{settingText(setting)}</p>}
          <p className="patient-look">
            <span className="muted">Looks </span>
            {EXPRESSION_WORDS[expression]}
            {nonverbal && <span className="patient-nonverbal"> · {nonverbal}</span>}
          </p>
        </div>
      </div>
      {settings.mode === 'coach' && <AllianceMeters patient={view.patient} delta={lastTurn?.delta ?? null} />}
    </aside>
  );
}
