/**
 * Entry point. No <StrictMode>: its development-only double mount tears the YouTube iframe down
 * and builds it again, so player behaviour in `npm run dev` would differ from the built page.
 */
import { createRoot } from 'react-dom/client';
import './styles/tokens.css';
import './styles/layout.css';
import './styles/transcript.css';
import './styles/controls.css';
import './styles/transcript-chunks.css';
import { ErrorBoundary } from './ui/app/error-boundary.tsx';
import { AppRoot, startFirstLoad } from './ui/app/app-root.tsx';

// Fetching before React's first render saves a render-and-effect round trip on every visit.
const pending = startFirstLoad(window.location.search);

const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element');
container.textContent = '';
createRoot(container).render(
  <ErrorBoundary>
    <AppRoot soleTalkLoad={pending} />
  </ErrorBoundary>,
);
