/** Loads the fake host and built view files into a fresh `node:vm` realm, as Espo's page would load them. */
import { createContext, runInContext } from 'node:vm';
import Handlebars from 'handlebars';
import type { FakeHost, FakeHostApi, HostOptions } from './fake-host';

export interface ViewFile {
  readonly code: string;
  readonly file: string;
}

export function loadInVm(fakeHostScript: string, views: readonly ViewFile[], options: HostOptions): { api: FakeHostApi; host: FakeHost } {
  const context = createContext({ Handlebars });
  runInContext(fakeHostScript, context);
  for (const view of views) runInContext(view.code, context, { filename: view.file });
  const api = context.fakeHost as FakeHostApi;
  return { api, host: api.createHost(options) };
}
