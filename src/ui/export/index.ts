export { timelineSvg, type SvgPanel, type TimelineSvgInput } from './timelineSvg';
export { buildRecording, checkRecording, RECORDING_FORMAT, RECORDING_VERSION, type Recording, type RecordingInput } from './recording';
export { xmlText } from './xml';
export { svgToPng, saveFile } from './download';
export { exportRun, type ExportContext } from './exportRun';
