// Thin typings of the EspoCRM 9.x host modules our views use. 9.x core ships no .d.ts (platform §3.13):
// only what we call is declared; the ids stay external and the loader resolves them at run time.

declare module 'views/record/panels/side' {
  export interface HostModel {
    readonly id: string;
    readonly entityType: string;
    get(attribute: string): unknown;
  }

  /** The host's `date-time` helper (client/src/date-time.js), set to the user's formats and time zone (platform §8.7). */
  export interface HostDateTime {
    /** Today in the user's time zone, `YYYY-MM-DD`. */
    getToday(): string;
    /** A UTC `YYYY-MM-DD HH:mm:ss` value in the user's time zone and date-time format; `''` for an empty value. */
    toDisplay(value: string): string;
    /** A `YYYY-MM-DD` value in the user's date format; `''` for an empty or invalid value. */
    toDisplayDate(value: string): string;
  }

  /** The Settings model (`getConfig()`) and the Preferences model. */
  export interface HostSettings {
    get(name: string): unknown;
  }

  export default class SidePanelView {
    protected templateContent?: string;
    protected readonly model: HostModel;
    setup(): void;
    data(): object;
    afterRender(): void;
    protected wait(promise: Promise<unknown> | boolean): void;
    protected listenTo(target: object, event: string, callback: (...args: unknown[]) => void): void;
    protected reRender(): Promise<unknown>;
    protected translate(label: string, category?: string, scope?: string): unknown;
    protected getConfig(): HostSettings;
    protected getPreferences(): HostSettings;
    protected getAcl(): {
      checkScope(scope: string, action?: string): boolean;
      /** `client/src/acl-manager.js`: the role's level for a scope action; null when the table has no entry. */
      getLevel(scope: string, action: string): string | null;
    };
    protected getDateTime(): HostDateTime;
  }
}

declare module 'views/settings/record/edit' {
  /** The Settings model the page edits: a clone of `getConfig()` fetched by `controllers/admin` actionPage. */
  export interface HostSettingsRecordModel {
    get(attribute: string): unknown;
    /** `client/src/model.js` set(): `silent` fires no `change` event (so the record view does not flag a change). */
    set(attributes: Readonly<Record<string, unknown>>, options?: { readonly silent?: boolean }): unknown;
  }

  /** The record view of an Administration settings page (research note on admin settings, §2, §5). */
  export default class SettingsEditRecordView {
    protected layoutName: string;
    protected detailLayout?: readonly object[];
    protected readonly model: HostSettingsRecordModel;
    setup(): void;
  }
}

declare module '*.tpl' {
  const content: string;
  export default content;
}

/** The host's global `Espo.Ajax` (platform §3.7): `url` is relative to `api/v1/`, GET data goes through `$.param`. */
declare const Espo: {
  readonly Ajax: {
    getRequest(url: string, data?: Record<string, unknown>, options?: Record<string, unknown>): Promise<unknown>;
  };
};
