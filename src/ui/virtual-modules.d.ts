// Made by build/default-recording.ts at build time; src/ui/prerecorded.ts reads it as a Prerecording.
declare module 'virtual:default-recording' {
  const recording: unknown;
  export default recording;
}
