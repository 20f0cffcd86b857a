// Runtime: any (pure data). Placeholder until the template is drafted (a helper owns this file).
import type { TemplateInput } from './schema.ts';

export const publicSecurityMouTemplate: TemplateInput = {
  id: 'public-security-mou',
  version: 1,
  kind: 'public-security-mou',
  title: 'Draft',
  shortTitle: 'Draft',
  parties: [
    { role: 'company', term: 'Company', label: 'Company' },
    { role: 'public-security', term: 'Counterparty', label: 'Counterparty' },
  ],
  variables: [],
  recitals: ['The Parties wish to record their agreement.'],
  operativeWords: 'The Parties agree as follows:',
  articles: [{ id: 'definitions', title: 'Definitions', definitions: true, slots: [] }],
  annexes: [],
  signature: { intro: 'Signed by the Parties.', witness: false },
};
