<div class="auto-cible-score">
    {{#if scored}}
    {{#if grade}}
    <div class="cell form-group" data-name="grade">
        <label class="control-label">{{grade.label}}</label>
        <div class="field"><span class="label label-md label-{{grade.style}}" data-role="grade">{{grade.text}}</span></div>
    </div>
    {{/if}}
    {{#each figures}}
    <div class="cell form-group" data-name="{{name}}">
        <label class="control-label">{{label}}</label>
        <div class="field text-bold" data-role="value">{{value}}</div>
    </div>
    {{/each}}
    {{else}}
    <p class="text-muted" data-role="not-scored">{{notScored}}</p>
    {{/if}}
    {{#if channels}}
    <div class="cell form-group" data-name="channels">
        <label class="control-label">{{channels.heading}}</label>
        <div class="field">
            {{#each channels.badges}}
            <div class="small" data-channel="{{channel}}">
                <span class="text-muted" data-role="channel">{{name}}</span>
                <span class="label label-md label-{{style}}" data-state="{{state}}"{{#if reason}} title="{{reason}}"{{/if}} data-role="eligibility">{{text}}</span>
            </div>
            {{/each}}
            {{#if channels.historyNote}}
            <div class="text-danger small" data-role="channels-history-note">{{channels.historyNote}}</div>
            {{/if}}
            {{#if channels.relationshipNote}}
            <div class="text-warning small" data-role="channels-relationship-note">{{channels.relationshipNote}}</div>
            {{/if}}
            <div class="text-muted small" data-role="channels-note">{{channels.note}}</div>
        </div>
    </div>
    {{/if}}
    {{#if scored}}
    {{#if top}}
    <p class="text-muted small" data-role="top">{{top}}</p>
    {{/if}}
    <h5 class="margin-top">{{reasonsHeading}}</h5>
    {{#if reasonsNote}}
    <p class="text-muted small" data-role="reasons-note">{{reasonsNote}}</p>
    {{/if}}
    {{#if axes.length}}
    <table class="table table-condensed no-margin" data-role="reasons">
        <thead>
            <tr><th>{{columns.rule}}</th><th>{{columns.value}}</th><th class="text-right">{{columns.points}}</th></tr>
        </thead>
        {{#each axes}}
        <tbody data-axis="{{axis}}">
            <tr><th colspan="3" data-role="axis">{{title}}</th></tr>
            {{#each rows}}
            <tr data-rule="{{rule}}">
                <td data-role="reason">{{label}}</td>
                <td data-role="seen">{{value}}</td>
                <td class="text-right text-nowrap" data-role="points">{{points}}</td>
            </tr>
            {{/each}}
            <tr class="text-bold">
                <td colspan="2" data-role="total-label">{{totalLabel}}</td>
                <td class="text-right text-nowrap" data-role="total">{{total}}</td>
            </tr>
        </tbody>
        {{/each}}
    </table>
    {{/if}}
    {{#each meta}}
    <div class="cell form-group margin-top" data-name="{{name}}">
        <label class="control-label">{{label}}</label>
        <div class="field" data-role="value">{{value}}</div>
    </div>
    {{/each}}
    {{/if}}
</div>
