/** Keeps one broken panel from blanking the page: the "the page never goes blank". */
import { Component, type ReactNode } from 'react';

interface Props {
  label: string;
  children: ReactNode;
  fallback?: ReactNode;
}

export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="panel-crash" role="alert">
        <p>
          The {this.props.label} failed to render: {this.state.error.message}
        </p>
        {this.props.fallback}
      </div>
    );
  }
}
