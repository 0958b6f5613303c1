/**
 * Parses a query string the way PHP builds `$_GET`: `where[0][value][]=Ada` → `{where: {0: {value: ['Ada']}}}`.
 * Objects whose keys are all 0…n-1 become arrays.
 */
type Node = string | Node[] | { [key: string]: Node };

function keyPath(key: string): string[] {
  const match = /^([^[]+)((?:\[[^\]]*\])*)$/u.exec(key);
  if (match === null) return [key];
  const rest = [...(match[2] ?? '').matchAll(/\[([^\]]*)\]/gu)].map((m) => m[1] ?? '');
  return [match[1] ?? key, ...rest];
}

function assign(target: Record<string, Node>, path: readonly string[], value: string): void {
  const [head, ...rest] = path;
  if (head === undefined) return;
  if (rest.length === 0) {
    target[head] = value;
    return;
  }
  if (rest[0] === '') {
    const existing = target[head];
    const list = Array.isArray(existing) ? existing : [];
    list.push(value);
    target[head] = list;
    return;
  }
  const child = target[head];
  const next: Record<string, Node> = typeof child === 'object' && !Array.isArray(child) ? child : {};
  target[head] = next;
  assign(next, rest, value);
}

function normalise(node: Node): unknown {
  if (typeof node === 'string') return node;
  if (Array.isArray(node)) return node.map(normalise);
  const keys = Object.keys(node);
  const isList = keys.length > 0 && keys.every((key, index) => key === String(index));
  if (isList) return keys.map((key) => normalise(node[key] ?? ''));
  return Object.fromEntries(keys.map((key) => [key, normalise(node[key] ?? '')]));
}

export function parsePhpQuery(search: URLSearchParams): Record<string, unknown> {
  const root: Record<string, Node> = {};
  for (const [key, value] of search.entries()) assign(root, keyPath(key), value);
  return Object.fromEntries(Object.entries(root).map(([key, node]) => [key, normalise(node)]));
}
