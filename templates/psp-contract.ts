// Runtime: any (pure data). Placeholder until the template is drafted (a helper owns this file).
import type { TemplateInput } from './schema.ts';

export const pspContractTemplate: TemplateInput = {
  id: 'psp-security-services-agreement',
  version: 1,
  kind: 'psp-contract',
  title: 'Draft',
  shortTitle: 'Draft',
  parties: [
    { role: 'company', term: 'Company', label: 'Company' },
    { role: 'provider', term: 'Counterparty', label: 'Counterparty' },
  ],
  variables: [],
  recitals: ['The Parties wish to record their agreement.'],
  operativeWords: 'The Parties agree as follows:',
  articles: [{ id: 'definitions', title: 'Definitions', definitions: true, slots: [] }],
  annexes: [],
  signature: { intro: 'Signed by the Parties.', witness: false },
};
