export { createJsModel, JsModel } from './js-model';
export { PromiseRecord, promiseRecordOf, isPromise, PENDING, FULFILLED, REJECTED } from './promise';
export type { PromiseStateCode } from './promise';
