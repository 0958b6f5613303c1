/** Reads the rendered panel HTML (node:vm test, no DOM). */

/** Intl puts narrow and regular no-break spaces in French numbers: compare with plain spaces. */
export function plainSpaces(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, ' ');
}

function block(html: string, name: string): string {
  const start = html.indexOf(`data-name="${name}"`);
  if (start < 0) throw new Error(`no element data-name="${name}" in the panel`);
  const next = html.indexOf('data-name="', start + 1);
  return html.slice(start, next < 0 ? undefined : next);
}

function role(html: string, name: string, roleName: string): string {
  const match = new RegExp(`data-role="${roleName}">([^<]*)<`).exec(block(html, name));
  if (match === null) throw new Error(`no ${roleName} for ${name}`);
  return plainSpaces(match[1] ?? '');
}

export function valueOf(html: string, name: string): string {
  return role(html, name, 'value');
}

export function sourceOf(html: string, name: string): string {
  return role(html, name, 'source');
}

export function textsOf(html: string, roleName: string): string[] {
  return [...html.matchAll(new RegExp(`data-role="${roleName}">([^<]*)<`, 'g'))].map((m) => plainSpaces(m[1] ?? ''));
}
