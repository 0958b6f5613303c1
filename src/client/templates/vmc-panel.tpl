<div class="auto-cible-vmc">
    {{#each errors}}
    <p class="text-danger" data-role="error">{{this}}</p>
    {{/each}}
    {{#each outputs}}
    <div class="cell form-group" data-name="{{name}}">
        <label class="control-label">{{label}}</label>
        <div class="field text-bold" data-role="value">{{value}}</div>
    </div>
    {{/each}}
    <p class="text-muted small">{{courseNote}}</p>
    <h5 class="margin-top">{{marginHeading}}</h5>
    {{#each marginRows}}
    <div class="cell form-group" data-name="{{name}}">
        <label class="control-label">{{label}}</label>
        <div class="field" data-role="value">{{value}}</div>
    </div>
    {{/each}}
    <p class="text-muted small" data-role="margin-caveat">{{marginCaveat}}</p>
    {{#if inputs.length}}
    <h5 class="margin-top">{{inputsHeading}}</h5>
    {{#each inputs}}
    <div class="cell form-group" data-name="{{name}}">
        <label class="control-label">{{label}}</label>
        <div class="field">
            <span data-role="value">{{value}}</span>
            <div class="text-muted small" data-role="source">{{source}}</div>
        </div>
    </div>
    {{/each}}
    {{/if}}
    {{#each notes}}
    <p class="text-muted small" data-role="note">{{this}}</p>
    {{/each}}
</div>
