import { useEffect, useRef, useState } from 'react';
import { dictate, onDeviceDictationAvailable } from './dictation';

/** "Dictate", shown only where speech is recognised on the device (see dictation.ts); otherwise nothing. */
export function DictateButton({ disabled, onHeard }: { disabled: boolean; onHeard: (text: string) => void }) {
  const [available, setAvailable] = useState(false);
  const [listening, setListening] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const stop = useRef<(() => void) | null>(null);

  useEffect(() => {
    let live = true;
    void onDeviceDictationAvailable().then((yes) => live && setAvailable(yes));
    return () => {
      live = false;
      stop.current?.();
    };
  }, []);

  if (!available) return null;
  const toggle = () => {
    if (listening) {
      stop.current?.();
      return;
    }
    setProblem(null);
    setListening(true);
    stop.current = dictate(onHeard, (why) => {
      setListening(false);
      setProblem(why);
      stop.current = null;
    });
  };
  return (
    <>
      <button type="button" className="button" disabled={disabled} aria-pressed={listening} onClick={toggle}>
        {listening ? 'Stop dictating' : 'Dictate'}
      </button>
      {problem && <span role="alert">{problem}</span>}
    </>
  );
}
