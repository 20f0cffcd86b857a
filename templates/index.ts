// Runtime: any (pure data). Every document template, parsed by engine/library.ts.
import type { TemplateInput } from './schema.ts';
import { pspContractTemplate } from './psp-contract.ts';
import { publicSecurityMouTemplate } from './public-security-mou.ts';

export const templates: TemplateInput[] = [pspContractTemplate, publicSecurityMouTemplate];
