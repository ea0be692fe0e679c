/** Appears while following is paused; brings the transcript back to the current turn. */
export function BackToNow({ onClick }: { onClick: () => void }) {
  return (
    <button type="button" className="back-to-now" onClick={onClick}>
      <span aria-hidden="true">↓</span> Back to now
    </button>
  );
}
