import { clipText } from '../clipText';

/** Renders `name` spans of a generated sentence as code (a sentence quoting a huge value, clipped). */
export function CodeText({ text }: { text: string }) {
  return (
    <>
      {clipText(text)
        .split('`')
        .map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : part))}
    </>
  );
}
