/** Browser speech synthesis for patient lines without a recorded clip (a settings toggle). */
export function createSpeech() {
  let volume = 0.8;
  let muted = false;
  const synth = typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : null;

  return {
    setVolume(next: number) {
      volume = next;
    },
    setMuted(next: boolean) {
      muted = next;
      if (next) synth?.cancel();
    },
    speak(text: string) {
      if (!synth || muted || typeof SpeechSynthesisUtterance === 'undefined') return;
      synth.cancel();
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.volume = volume;
      synth.speak(utterance);
    },
    cancel() {
      synth?.cancel();
    },
  };
}
