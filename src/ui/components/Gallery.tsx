/**
 * The examples gallery: every example with the models it opens with and what to watch; opening
 * one loads it (typed work it replaces stays one click away, as with a link).
 */
import { useEffect, useRef } from 'react';
import { EXAMPLES } from '../examples';
import { CodeText } from './CodeText';
import './share.css';

export function Gallery({ onOpen, onClose }: { onOpen(id: string): void; onClose(): void }) {
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => close.current?.focus(), []);
  return (
    <div
      className="gallery"
      role="dialog"
      aria-label="examples gallery"
      data-role="gallery"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <header>
        <h2>Examples</h2>
        <button type="button" ref={close} onClick={onClose} aria-label="close the gallery">
          Close
        </button>
      </header>
      <ul>
        {EXAMPLES.map((ex) => (
          <li key={ex.id} data-example={ex.id}>
            <h3>{ex.title}</h3>
            <p className="gallery-models">
              {ex.lang === 'py' ? 'Python' : 'JavaScript'} · {ex.models.join(', ')}
            </p>
            <p>
              <CodeText text={ex.watch} />
            </p>
            <button type="button" data-action="open-example" onClick={() => onOpen(ex.id)}>
              Open “{ex.title}”
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
