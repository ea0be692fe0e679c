/** Shown while a file is dragged over the page: where it will go, and that it stays on this computer. */
export function DropOverlay() {
  return (
    <div className="drop-overlay" aria-hidden="true">
      <div className="drop-overlay-card">
        <p className="drop-overlay-title">Drop a transcript to open it</p>
        <p>Markdown, WebVTT, SubRip or Podcasting 2.0 JSON. It is read here and never uploaded.</p>
      </div>
    </div>
  );
}
