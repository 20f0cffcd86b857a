// Runtime: node. Equality as JSON sees it: key order ignored, `undefined` properties ignored,
// arrays in order. It answers the same as comparing canonicalJson() texts, without building two
// strings per comparison: saving a matter compares its content and each of its entries, and the
// strings were most of the cost of a save.
type Obj = Record<string, unknown>;

const definedKeys = (o: Obj) => {
  let n = 0;
  for (const k in o) if (Object.hasOwn(o, k) && o[k] !== undefined) n++;
  return n;
};

export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false;
    return true;
  }
  const x = a as Obj;
  const y = b as Obj;
  if (definedKeys(x) !== definedKeys(y)) return false;
  for (const k in x) {
    if (!Object.hasOwn(x, k) || x[k] === undefined) continue;
    if (!Object.hasOwn(y, k) || !sameJson(x[k], y[k])) return false;
  }
  return true;
}
