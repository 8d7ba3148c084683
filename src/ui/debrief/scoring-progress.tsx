/** Shown while an attempt is scored (a few seconds on big scenarios), instead of a blank screen. */
export function ScoringProgress() {
  return (
    <section className="panel scoring-progress" aria-labelledby="scoring-title">
      <h2 id="scoring-title">Scoring your conversation…</h2>
      <p role="status">Each of your decisions is being compared with the alternatives you had. This can take a few seconds.</p>
      <progress aria-labelledby="scoring-title" />
    </section>
  );
}
