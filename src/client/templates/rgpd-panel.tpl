<div class="auto-cible-rgpd">
    <h5>{{consentHeading}}</h5>
    {{#if historyNote}}
    <p class="text-danger small" data-role="history-note">{{historyNote}}</p>
    {{/if}}
    {{#if relationshipNote}}
    <p class="text-warning small" data-role="relationship-note">{{relationshipNote}}</p>
    {{/if}}
    {{#each channels}}
    <div class="cell form-group" data-name="{{channel}}">
        <label class="control-label">{{title}}</label>
        <div class="field">
            <div>
                <span class="label label-md label-{{marketing.style}}" data-state="{{marketing.state}}" data-role="eligibility">{{marketing.text}}</span>
                <span data-role="status">{{status}}</span>
            </div>
            {{#if marketing.reason}}
            <div class="small" data-role="reason">{{marketing.reason}}</div>
            {{/if}}
            {{#if marketing.legal}}
            <div class="text-muted small" data-role="legal">{{marketing.legal}}</div>
            {{/if}}
            {{#each notes}}
            <div class="text-warning small" data-role="rejected">{{this}}</div>
            {{/each}}
            {{#each details}}
            <div class="small" data-name="{{name}}">
                <span class="text-muted">{{label}}</span>
                {{#if title}}
                <span title="{{title}}" data-role="value">{{value}}</span>
                {{else}}
                <span data-role="value">{{value}}</span>
                {{/if}}
            </div>
            {{/each}}
        </div>
    </div>
    {{/each}}
    <h5 class="margin-top">{{retentionHeading}}</h5>
    {{#if retentionNote}}
    <p class="text-muted small" data-role="retention-note">{{retentionNote}}</p>
    {{/if}}
    {{#each retention}}
    <div class="cell form-group" data-name="{{name}}">
        <label class="control-label">{{label}}</label>
        <div class="field">
            {{#if style}}
            <span class="text-{{style}} text-bold" data-state="{{style}}" data-role="value">{{value}}</span>
            {{else}}
            <span data-role="value">{{value}}</span>
            {{/if}}
            {{#if hint}}
            <span class="text-{{style}} small" data-role="hint">{{hint}}</span>
            {{/if}}
        </div>
    </div>
    {{/each}}
</div>
