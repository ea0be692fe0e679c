import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useT } from '../shared/i18n.tsx';

interface State {
  error: Error | null;
}

/**
 * Last line of defence: an unexpected error in rendering shows a message and a way out instead
 * of the blank page React leaves behind.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('Talkline could not render', error, info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.error === null) return this.props.children;
    return <RenderError message={this.state.error.message} />;
  }
}

function RenderError({ message }: { message: string }) {
  const t = useT();
  return (
    <main className="load-error">
      <div role="alert">
        <h1>{t('Something went wrong showing this talk')}</h1>
        <p>{t('The page hit an unexpected error: {message}', { message })}</p>
      </div>
      <p>
        <a href={window.location.pathname}>{t('Reload the page')}</a>
      </p>
    </main>
  );
}
