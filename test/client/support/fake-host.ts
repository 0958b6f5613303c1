/**
 * A minimal AMD loader and fake EspoCRM host modules, bundled by esbuild into one IIFE script that runs
 * both in `node:vm` and in Chromium. It resolves named `define(id, deps, factory)` modules like Espo's
 * loader does for `auto-cible:*` ids (platform §3.1): each host id resolves to the class itself.
 */
import type HandlebarsApi from 'handlebars';

type Factory = (...deps: unknown[]) => unknown;
type Listener = (...args: unknown[]) => void;

export interface HostOptions {
  readonly translations?: Readonly<Record<string, string>>;
  /** Option labels by entity type and field, as `{Entity}.options.{field}` (e.g. edited in the Label Manager). */
  readonly optionLabels?: Readonly<Record<string, Readonly<Record<string, Readonly<Record<string, string>>>>>>;
  readonly config?: Readonly<Record<string, unknown>>;
  readonly preferences?: Readonly<Record<string, unknown>>;
  readonly today: string;
  /** The user's time zone for `getDateTime().toDisplay` (IANA name); UTC when absent. */
  readonly timeZone?: string;
  /** The user's date format, with the tokens `DD`, `MM` and `YYYY`; `YYYY-MM-DD` when absent. */
  readonly dateFormat?: string;
  readonly canReadOpportunity?: boolean;
  /** The role's read level of Opportunity (`getAcl().getLevel`); null (no table entry) when absent. */
  readonly opportunityReadLevel?: string;
  /**
   * Answers `Espo.Ajax.getRequest`; rejects when it returns undefined, or with an XHR (as the host does) when it
   * returns `{ xhrFailure: { status, reason } }`.
   */
  readonly respond: (url: string, data: unknown) => unknown;
}

/** What the host's `Espo.Ajax` rejects with: the XHR, whose `errorIsHandled` a view sets to silence the global notice. */
export interface FakeXhr {
  readonly status: number;
  getResponseHeader(name: string): string | null;
  errorIsHandled: boolean;
}

function xhrFailureOf(body: unknown): FakeXhr | undefined {
  const failure = typeof body === 'object' && body !== null ? Reflect.get(body, 'xhrFailure') as { status: number; reason: string | null } | undefined : undefined;
  if (failure === undefined) return undefined;
  return {
    status: failure.status,
    getResponseHeader: (name) => (name.toLowerCase() === 'x-status-reason' ? failure.reason : null),
    errorIsHandled: false,
  };
}

export interface AjaxCall {
  readonly url: string;
  readonly data: unknown;
}

export interface RenderedView {
  html: string;
  render(): Promise<unknown>;
}

export class FakeModel {
  private readonly listeners = new Map<string, Listener[]>();

  constructor(
    readonly entityType: string,
    readonly id: string,
    private readonly attributes: Record<string, unknown>,
  ) {}

  get(attribute: string): unknown {
    return this.attributes[attribute];
  }

  set(attribute: string, value: unknown): void {
    this.attributes[attribute] = value;
  }

  on(event: string, listener: Listener): void {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
  }

  trigger(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) listener(...args);
  }

  /** A copy of every attribute, like the host model's `getClonedAttributes()` (shallow: values are primitives here). */
  getClonedAttributes(): Record<string, unknown> {
    return { ...this.attributes };
  }
}

export interface FakeSetOptions {
  readonly silent?: boolean;
}

/**
 * The Settings model of an admin page, with the host's `set` (client/src/model.js): a name and a value or
 * an object of values, and a `change` event for every set that changes a value, unless `{silent: true}`.
 */
export class FakeSettingsModel extends FakeModel {
  override set(attribute: string | Readonly<Record<string, unknown>>, value?: unknown, options?: FakeSetOptions): void {
    const attributes = typeof attribute === 'string' ? { [attribute]: value } : attribute;
    const setOptions: FakeSetOptions = (typeof attribute === 'string' ? options : (value as FakeSetOptions | undefined)) ?? {};
    let changed = false;
    for (const [name, newValue] of Object.entries(attributes)) {
      if (!Object.is(this.get(name), newValue)) changed = true;
      super.set(name, newValue);
    }
    if (changed && setOptions.silent !== true) this.trigger('change', this, setOptions);
  }
}

const registry = new Map<string, { deps: readonly string[]; factory: Factory; value?: unknown; loaded: boolean }>();
const hostModules = new Map<string, unknown>();

function define(id: unknown, deps: unknown, factory: unknown): void {
  if (typeof id !== 'string' || !Array.isArray(deps) || typeof factory !== 'function') {
    throw new Error('fake loader: only named define(id, deps, factory) is supported, like a scriptList file');
  }
  registry.set(id, { deps: deps.map(String), factory: factory as Factory, loaded: false });
}

function requireModule(id: string): unknown {
  if (hostModules.has(id)) return hostModules.get(id);
  const entry = registry.get(id);
  if (entry === undefined) throw new Error(`fake loader: module not defined: ${id}`);
  if (!entry.loaded) {
    entry.value = entry.factory(...entry.deps.map(requireModule));
    entry.loaded = true;
  }
  return entry.value;
}

const SYSTEM_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const SYSTEM_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})(?::(\d{2}))?$/;

function formatDate(format: string, year: string, month: string, day: string): string {
  return format.replace('YYYY', year).replace('MM', month).replace('DD', day);
}

/** The host's `date-time` helper (client/src/date-time.js), with Intl standing in for moment-timezone. */
function dateTimeHelper(options: HostOptions) {
  const dateFormat = options.dateFormat ?? 'YYYY-MM-DD';
  return {
    getToday: () => options.today,
    toDisplayDate(value: string): string {
      const match = SYSTEM_DATE.exec(typeof value === 'string' ? value : '');
      return match === null ? '' : formatDate(dateFormat, match[1] ?? '', match[2] ?? '', match[3] ?? '');
    },
    toDisplay(value: string): string {
      const match = SYSTEM_DATE_TIME.exec(typeof value === 'string' ? value : '');
      if (match === null) return '';
      const [y, mo, d, h, mi, sec] = match.slice(1).map((group) => Number(group ?? 0));
      const instant = new Date(Date.UTC(y ?? 0, (mo ?? 1) - 1, d ?? 1, h ?? 0, mi ?? 0, sec ?? 0));
      const parts = new Intl.DateTimeFormat('en-GB', {
        timeZone: options.timeZone ?? 'UTC',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }).formatToParts(instant);
      const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
      return `${formatDate(dateFormat, part('year'), part('month'), part('day'))} ${part('hour')}:${part('minute')}`;
    },
  };
}

function sidePanelClass(options: HostOptions, handlebars: typeof HandlebarsApi): unknown {
  const translations = options.translations ?? {};
  return class SidePanelView {
    html = '';
    readonly model: FakeModel;
    private readonly waits: PromiseLike<unknown>[] = [];
    declare templateContent: string;

    constructor(viewOptions: { model: FakeModel }) {
      this.model = viewOptions.model;
    }

    setup(): void {}
    data(): object {
      return {};
    }
    wait(promise: unknown): void {
      if (typeof promise === 'object' && promise !== null && 'then' in promise) this.waits.push(promise as PromiseLike<unknown>);
    }
    listenTo(target: FakeModel, event: string, callback: Listener): void {
      target.on(event, callback);
    }
    // Espo returns the key itself for a missing Global label.
    translate(label: string, category?: string, scope?: string): unknown {
      // Like the host's language.translate: the options map of a field for `options`, else the key itself.
      if (category === 'options') return options.optionLabels?.[scope ?? '']?.[label] ?? label;
      return translations[label] ?? label;
    }
    getConfig(): { get(name: string): unknown } {
      return { get: (name) => options.config?.[name] };
    }
    getPreferences(): { get(name: string): unknown } {
      return { get: (name) => options.preferences?.[name] };
    }
    getLanguage(): { translate(label: string): string } {
      return { translate: (label) => String(this.translate(label)) };
    }
    getAcl(): { checkScope(scope: string): boolean; getLevel(scope: string, action: string): string | null } {
      return {
        checkScope: (scope) => scope !== 'Opportunity' || options.canReadOpportunity !== false,
        getLevel: (scope, action) => (scope === 'Opportunity' && action === 'read' ? options.opportunityReadLevel ?? null : null),
      };
    }
    getDateTime(): ReturnType<typeof dateTimeHelper> {
      return dateTimeHelper(options);
    }
    async render(): Promise<this> {
      await Promise.all(this.waits);
      this.html = handlebars.compile(this.templateContent)(this.data());
      return this;
    }
    reRender(): Promise<this> {
      return this.render();
    }
  };
}

/** Installs `Espo.Ajax` and the host modules; `createView` builds a view the way Espo's view factory does. */
export interface FakeHost {
  readonly ajaxCalls: AjaxCall[];
  /** The XHRs `Espo.Ajax` rejected with, in order. */
  readonly ajaxFailures: FakeXhr[];
  createView(id: string, model: FakeModel): RenderedView;
}

function createHost(options: HostOptions): FakeHost {
  const handlebars = Reflect.get(globalThis, 'Handlebars') as typeof HandlebarsApi;
  const ajaxCalls: AjaxCall[] = [];
  const ajaxFailures: FakeXhr[] = [];
  Reflect.set(globalThis, 'Espo', {
    Ajax: {
      getRequest: (url: string, data: unknown) => {
        ajaxCalls.push({ url, data: JSON.parse(JSON.stringify(data)) });
        const body = options.respond(url, data);
        const xhr = xhrFailureOf(body);
        if (xhr !== undefined) {
          ajaxFailures.push(xhr);
          return Promise.reject(xhr);
        }
        return body === undefined ? Promise.reject(new Error('403')) : Promise.resolve(body);
      },
    },
  });
  hostModules.set('views/record/panels/side', sidePanelClass(options, handlebars));
  // Like the host's record view, setup() reads the layout: what it saw is kept for the tests.
  hostModules.set('views/settings/record/edit', class SettingsEditRecordView {
    layoutName = 'settings';
    detailLayout: unknown = undefined;
    layoutSeenBySetup: { name: string; detail: unknown } | undefined;
    readonly model: FakeModel;
    readonly mode = 'edit';
    isChanged = false;
    /** Pre-save attribute values (views/record/base.js `attributes`). */
    attributes: Record<string, unknown> = {};
    /** What each layout field showed when the field views were built (setupFinal). */
    formValues: Record<string, unknown> | undefined;

    constructor(viewOptions?: { model?: FakeModel }) {
      this.model = viewOptions?.model ?? new FakeSettingsModel('Settings', '1', {});
    }

    setup(): void {
      this.layoutSeenBySetup = { name: this.layoutName, detail: this.detailLayout };
      // views/record/detail.js setup() → edit.js setupBeforeFinal() (a saved record) → detail.js
      // setupBeforeFinal(): the pre-save copy is taken here, and a later `change` not from a sync flags the
      // form changed in edit mode (setIsChanged: the leave-page confirmation).
      this.attributes = this.model.getClonedAttributes();
      this.model.on('change', (...args: unknown[]) => {
        const options = args[1];
        const sync = typeof options === 'object' && options !== null && 'sync' in options && options.sync === true;
        if (!sync && this.mode === 'edit') this.isChanged = true;
      });
    }

    /** Bullbone calls it after setup(): detail.js build() creates the field views, which read the model. */
    setupFinal(): void {
      const panels = Array.isArray(this.detailLayout) ? (this.detailLayout as { rows?: unknown }[]) : [];
      const names = panels.flatMap((panel) => (Array.isArray(panel.rows) ? (panel.rows as unknown[]).flat() : []))
        .flatMap((cell) => (typeof cell === 'object' && cell !== null && 'name' in cell && typeof cell.name === 'string' ? [cell.name] : []));
      this.formValues = Object.fromEntries(names.map((name) => [name, this.model.get(name)]));
    }

    /** base.js getChangedAttributes(): what Save would PATCH (nothing: Espo answers "not modified"). */
    getChangedAttributes(): Record<string, unknown> {
      const current = this.model.getClonedAttributes();
      return Object.fromEntries(Object.entries(current).filter(([name, value]) => !Object.is(this.attributes[name], value)));
    }
  });
  return {
    ajaxCalls,
    ajaxFailures,
    createView(id, model) {
      const ViewClass = requireModule(id) as new (o: { model: FakeModel }) => RenderedView & { setup(): void };
      const view = new ViewClass({ model });
      view.setup();
      return view;
    },
  };
}

/** What the script exposes as `globalThis.fakeHost`. */
export interface FakeHostApi {
  createHost(options: HostOptions): FakeHost;
  readonly FakeModel: typeof FakeModel;
  readonly FakeSettingsModel: typeof FakeSettingsModel;
  requireModule(id: string): unknown;
}

const api: FakeHostApi = { createHost, FakeModel, FakeSettingsModel, requireModule };
Object.assign(globalThis, { define, fakeHost: api });
