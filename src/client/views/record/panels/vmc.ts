// VMC side panel of Account and Contact detail views: auto-cible:views/record/panels/vmc (platform §3.5, §3.13).
import SidePanelView from 'views/record/panels/side';
import template from '../../../templates/vmc-panel.tpl';
import { HISTORY_MAX_SIZE, readVmcDefaults, toHistory, vmcCustomerKind, vmcUiLabels, wonOpportunitiesRequest } from '../../../../core/vmc';
import { numberSymbols } from '../../../locale';
import { allowedMaxSize, buildVmcPanelData, createFormatter } from '../../../vmc';
import type { HistoryState, VmcPanelData } from '../../../vmc';

export default class VmcPanelView extends SidePanelView {
  protected override templateContent = template;

  // `declare`: no class-field initialiser may overwrite what setup() stores.
  declare private history: HistoryState;

  override setup(): void {
    super.setup();
    this.history = { status: 'unavailable' };
    this.wait(this.loadHistory());
    this.listenTo(this.model, 'sync', () => {
      void this.loadHistory().then(() => this.reRender());
    });
  }

  override data(): VmcPanelData {
    const language = this.language();
    const symbols = numberSymbols((name) => this.getPreferences().get(name), (name) => this.getConfig().get(name));
    const format = createFormatter(language, this.getConfig().get('defaultCurrency'), symbols);
    // The same rule as the `vmc` job, which stores these values in the record's VMC fields.
    const kind = vmcCustomerKind(this.model.entityType, this.model.get('autoCibleCustomerKind'));
    return buildVmcPanelData({
      history: this.history,
      customerKind: kind,
      defaults: readVmcDefaults((param) => this.getConfig().get(param))[kind],
      today: this.getDateTime().getToday(),
      label: (key, values) => this.label(key, language, values),
      format,
    });
  }

  /** Failures are left to the host's global error handler; the panel then falls back to the defaults. */
  private loadHistory(): Promise<void> {
    if (!this.getAcl().checkScope('Opportunity', 'read')) {
      this.history = { status: 'unavailable' };
      return Promise.resolve();
    }
    // A role reading only its own or its team's opportunities gets a filtered list (acl-manager.js getLevel).
    const level = this.getAcl().getLevel('Opportunity', 'read');
    const limited = level === 'own' || level === 'team';
    const load = (pageSize: number, retry: boolean): Promise<void> => {
      const request = wonOpportunitiesRequest(this.model.entityType, this.model.id, pageSize);
      return Espo.Ajax.getRequest(request.url, request.params).then(
        (body) => {
          this.history = { status: 'loaded', history: toHistory(body), limited, pageSize };
        },
        (failure: unknown) => {
          // An installation whose list limit is below 200 says which it is: asked again, without the host's error notice.
          const allowed = retry ? allowedMaxSize(failure, pageSize) : null;
          if (allowed === null) {
            this.history = { status: 'unavailable' };
            return undefined;
          }
          Reflect.set(failure as object, 'errorIsHandled', true);
          return load(allowed, false);
        },
      );
    };
    return load(HISTORY_MAX_SIZE, true);
  }

  private language(): string {
    const chosen = this.getPreferences().get('language');
    const fallback = this.getConfig().get('language');
    if (typeof chosen === 'string' && chosen !== '') return chosen;
    return typeof fallback === 'string' && fallback !== '' ? fallback : 'en_US';
  }

  /** Global.labels first; our bundled texts when the key is not installed (the host echoes the key back). */
  private label(key: string, language: string, values?: Readonly<Record<string, string>>): string {
    const translated = this.translate(key, 'labels', 'Global');
    const bundled = vmcUiLabels[key];
    let text = typeof translated === 'string' && translated !== key ? translated : key;
    if (text === key && bundled !== undefined) text = language.startsWith('fr') ? bundled.fr : bundled.en;
    for (const [name, value] of Object.entries(values ?? {})) text = text.split(`{${name}}`).join(value);
    return text;
  }
}
