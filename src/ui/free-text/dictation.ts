/**
 * Dictation only where the browser recognises speech on the device: the
 * trainee's words must not be sent to a speech service, and the app works
 * offline. Chromium's on-device recognition says so through
 * `SpeechRecognition.available({ langs, processLocally: true })`; a browser
 * without that check (or whose answer is anything but "available") gets no
 * Dictate button.
 */
interface RecognitionResultEvent {
  results: ArrayLike<ArrayLike<{ transcript: string }>>;
}

interface Recognition {
  lang: string;
  processLocally?: boolean;
  interimResults: boolean;
  continuous: boolean;
  onresult: ((event: RecognitionResultEvent) => void) | null;
  onerror: ((event: { error?: string }) => void) | null;
  onend: (() => void) | null;
  start: () => void;
  stop: () => void;
}

interface RecognitionConstructor {
  new (): Recognition;
  available?: (options: { langs: string[]; processLocally: boolean }) => Promise<string>;
}

function recognitionConstructor(): RecognitionConstructor | null {
  const scope = globalThis as unknown as { SpeechRecognition?: RecognitionConstructor; webkitSpeechRecognition?: RecognitionConstructor };
  return scope.SpeechRecognition ?? scope.webkitSpeechRecognition ?? null;
}

export const DICTATION_LANGUAGE = 'en-US';

/** True only when this browser can recognise English speech without a network. */
export async function onDeviceDictationAvailable(): Promise<boolean> {
  const available = recognitionConstructor()?.available;
  if (typeof available !== 'function') return false;
  try {
    return (await available({ langs: [DICTATION_LANGUAGE], processLocally: true })) === 'available';
  } catch {
    return false;
  }
}

/** Listens once, on the device; calls `onText` with what was heard and `onEnd` when listening stops. Returns a stop function. */
export function dictate(onText: (text: string) => void, onEnd: (problem: string | null) => void): () => void {
  const Constructor = recognitionConstructor();
  if (!Constructor) {
    onEnd('Dictation is not available in this browser.');
    return () => {};
  }
  const recognition = new Constructor();
  recognition.lang = DICTATION_LANGUAGE;
  recognition.processLocally = true;
  recognition.interimResults = false;
  recognition.continuous = false;
  let problem: string | null = null;
  recognition.onresult = (event) => {
    const heard = Array.from(event.results, (result) => result[0]?.transcript ?? '')
      .join(' ')
      .trim();
    if (heard) onText(heard);
  };
  recognition.onerror = (event) => {
    problem =
      event.error === 'no-speech'
        ? 'Nothing was heard. Try again, or type your response.'
        : 'Dictation stopped. Type your response instead.';
  };
  recognition.onend = () => onEnd(problem);
  recognition.start();
  return () => recognition.stop();
}
