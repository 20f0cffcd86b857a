// Runtime: any (pure data). The whole clause library: every group, merged. Parsed and checked
// by engine/library.ts when first used.
import type { ClauseGroup } from './group.ts';
import { group as pspFramework } from './psp/framework/index.ts';
import { group as pspConduct } from './psp/conduct/index.ts';
import { group as pspForce } from './psp/force/index.ts';
import { group as mou } from './mou/index.ts';

export const groups: ClauseGroup[] = [pspFramework, pspConduct, pspForce, mou];
