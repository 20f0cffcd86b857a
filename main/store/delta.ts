// Runtime: node. Revisions are kept as reverse deltas: the matter file holds the current matter
// whole, and each older revision only what differs from the revision after it. A typical save
// changes one clause, so a long history costs a few hundred bytes a revision instead of a whole
// matter, and saving stays fast however long the history grows.
//
// The delta is two levels deep: top-level fields are replaced whole, except plain-object fields
// (clauses, facts, values), which are diffed entry by entry.
import * as z from 'zod';
import { sameJson as same } from './same-json.ts';

type Obj = Record<string, unknown>;

const EntriesDeltaSchema = z.object({ set: z.record(z.string(), z.unknown()).default({}), unset: z.array(z.string()).default([]) }).strict();
export const DeltaSchema = EntriesDeltaSchema.extend({ entries: z.record(z.string(), EntriesDeltaSchema).default({}) }).strict();
export type Delta = z.infer<typeof DeltaSchema>;

const isPlainObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function shallow(from: Obj, to: Obj) {
  const set: Obj = {};
  const unset: string[] = [];
  for (const k of Object.keys(to)) if (!(k in from) || !same(from[k], to[k])) set[k] = to[k];
  for (const k of Object.keys(from)) if (!(k in to)) unset.push(k);
  return { set, unset };
}

/** The delta that turns `from` into `to`. */
export function diff(from: Obj, to: Obj): Delta {
  const top = shallow(from, to);
  const entries: Delta['entries'] = {};
  for (const [k, v] of Object.entries(top.set)) {
    const old = from[k];
    if (isPlainObject(old) && isPlainObject(v)) {
      entries[k] = shallow(old, v);
      delete top.set[k];
    }
  }
  return { ...top, entries };
}

/** `from` with the delta applied; `from` itself is left untouched. */
export function apply(from: Obj, delta: Delta): Obj {
  const out: Obj = { ...from, ...delta.set };
  for (const k of delta.unset) delete out[k];
  for (const [k, d] of Object.entries(delta.entries)) {
    const inner: Obj = { ...(isPlainObject(from[k]) ? from[k] : {}), ...d.set };
    for (const u of d.unset) delete inner[u];
    out[k] = inner;
  }
  return out;
}
