/**
 * What to watch in the example on screen (issue 8: each gallery example comes with a paragraph
 * saying what to look for), from example-snippets/manifest.json.
 */
import { memo } from 'react';
import type { Example } from '../examples';
import { CodeText } from './CodeText';
import './share.css';

function ExampleNotesView({ example, modified }: { example: Example; modified: boolean }) {
  return (
    <section className="example-notes" data-role="example-notes" data-example={example.id} aria-label="what to watch">
      <h2>
        What to watch: {example.title}
        {modified && <small> (you changed the code since: the paragraph is about the original)</small>}
      </h2>
      <p>
        <CodeText text={example.watch} />
      </p>
    </section>
  );
}

/** Memoised: the playback position alone does not re-render it (issue 10). */
export const ExampleNotes = memo(ExampleNotesView);
