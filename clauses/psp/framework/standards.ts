// Runtime: any (pure data). The standards the Provider undertakes to meet: law, human rights,
// the ICoC and the Voluntary Principles, the Company's own policies, licences, and the
// representation about the Provider's past conduct.
import type { ClauseInput } from '../../schema.ts';

const kinds: ClauseInput['kinds'] = ['psp-contract'];

export const standardsClauses: ClauseInput[] = [
  {
    id: 'compliance-with-law-and-standards',
    version: 1,
    title: 'Compliance with law',
    topic: 'standards',
    kinds,
    variables: [
      { name: 'conflictNoticeHours', label: 'Notice of a conflict between law and this Agreement', type: 'integer', min: 1, max: 72, unit: 'hours', default: 24 },
    ],
    sources: [
      { standard: 'Montreux Document', ref: 'GP 14', note: 'contracts carry clauses and performance requirements on national law, human rights law and IHL' },
      { standard: 'DCAF/ICRC Toolkit', ref: 'Bids and contracts, A', note: 'comply with national and international law; where they conflict, honour human-rights principles' },
    ],
    guidance:
      'Standards.md §2.4. The clause does three things: a general duty to comply with Applicable Law (which the glossary defines to include international human rights law and, in armed conflict, IHL); the rule for a conflict between local law and the human-rights standards of the Agreement, following the Toolkit (honour the higher standard as far as the law allows, and tell the Company quickly); and an anti-bribery duty aimed at payments to officials and Public Security Forces, a recurring risk where providers depend on permits. Providers rarely resist the first two; some ask to limit anti-bribery to "knowing" breaches, which should be refused. IHL-specific duties sit in the armed-conflict clause when that applies.',
    alternatives: [
      {
        id: 'higher-standard-prevails',
        label: 'Higher standard prevails',
        rationale: 'Follows the Toolkit: where law and the human-rights standards differ, the more protective rule governs as far as the law permits.',
        body: [
          'The Provider shall perform the Services in compliance with Applicable Law and shall ensure that its Personnel and Subcontractors comply with Applicable Law in connection with the Services.',
          'Where this Agreement requires a higher standard of conduct than Applicable Law, the Provider shall meet the standard of this Agreement. If Applicable Law prevents the Provider from meeting an obligation of this Agreement that protects any person, the Provider shall notify the Company within {{conflictNoticeHours}} hours after becoming aware of the conflict, shall meet that obligation to the fullest extent Applicable Law permits, and the Parties shall agree in good faith on the measures needed.',
          'The Provider shall not, and shall ensure that its Personnel and Subcontractors do not, offer, promise, give, request or accept any payment, gift or other advantage to or from any public official, including any member of the Public Security Forces, to obtain or retain any licence, decision or other advantage in connection with the Services.',
        ],
      },
    ],
  },
  {
    id: 'human-rights-policy-commitment',
    version: 1,
    title: 'Human rights commitment',
    topic: 'standards',
    kinds,
    variables: [
      { name: 'policyAdoptionDays', label: 'Time to adopt a human rights policy', type: 'duration', units: ['calendar days'], min: 1, max: 180, default: { amount: 90, unit: 'calendar days' } },
    ],
    sources: [
      { standard: 'DCAF/ICRC Toolkit', ref: 'Bids and contracts, A', note: 'at the very least, a human-rights commitment in the provider\'s policies and in the contract' },
      { standard: 'ICoC', ref: '¶44', note: 'incorporation of the Code into company policies (paragraph title; text unverified)' },
    ],
    guidance:
      'Standards.md §2.5. The Toolkit treats a written human-rights commitment in the provider\'s own policies, repeated in the contract, as the minimum where no ICoCA member or certified provider is available. The preferred position records an existing policy; the first fallback gives a local provider time to adopt one, with the contractual commitment bridging the gap. The last fallback (commitment in this Agreement only, no policy of the Provider) falls below the Toolkit minimum: the commitment then binds the Provider only toward the Company, never reaches its internal discipline, and stops at the end of the Term. Use it only with a written justification in the file.',
    alternatives: [
      {
        id: 'existing-policy',
        label: 'Existing policy maintained',
        rationale: 'The Provider already has a board-approved human rights policy; the Agreement keeps it in force.',
        body: [
          'The Provider represents that it has adopted a written human rights policy, approved by its board or senior management, that commits it to respect human rights in all its operations in line with the ICoC and the Voluntary Principles, and that it has given the Company a copy.',
          'The Provider shall maintain that policy throughout the Term, shall not amend it in a way that reduces its protection, and shall make it available to its Personnel and Subcontractors and to the public.',
        ],
      },
      {
        id: 'policy-to-be-adopted',
        label: 'Policy to be adopted within a set period',
        rationale: 'For a local Provider without a written policy; the contractual commitment applies in the meantime.',
        body: [
          'The Provider commits to respect human rights in the performance of the Services in line with the ICoC and the Voluntary Principles.',
          'The Provider shall adopt, within {{policyAdoptionDays}} after the Effective Date, a written human rights policy approved by its board or senior management that gives effect to that commitment in all its operations, and shall give the Company a copy. The Provider shall then maintain that policy throughout the Term, shall not amend it in a way that reduces its protection, and shall make it available to its Personnel and Subcontractors and to the public.',
        ],
      },
      {
        id: 'contract-commitment-only',
        label: 'Commitment in this Agreement only',
        rationale: 'Last resort where the Provider will not adopt a policy and no alternative provider exists.',
        belowStandard: {
          standard: 'DCAF/ICRC Toolkit (Bids and contracts, A)',
          risk: 'The commitment exists only in this Agreement: it does not reach the Provider\'s internal policies or discipline and ends with the Term.',
        },
        body: ['The Provider commits to respect human rights in the performance of the Services in line with the ICoC and the Voluntary Principles.'],
      },
    ],
  },
  {
    id: 'icoc-vps-adherence',
    version: 1,
    title: 'International Code of Conduct and Voluntary Principles',
    topic: 'standards',
    kinds,
    variables: [
      {
        name: 'icocaStatus',
        label: 'Provider\'s status with the ICoCA at the Effective Date',
        help: 'Read from the Provider\'s party record unless set here; record it once, on the Provider.',
        type: 'enum',
        fromParty: { role: 'provider', field: 'icocaStatus' },
        options: [
          { value: 'certified-member', label: 'a certified member' },
          { value: 'transitional-member', label: 'a transitional member' },
          { value: 'affiliate', label: 'an affiliate' },
          { value: 'none', label: 'neither a member nor an affiliate' },
        ],
      },
      { name: 'icocaStatusNoticeDays', label: 'Notice of a change in ICoCA status', type: 'integer', min: 1, max: 20, unit: 'Business Days', default: 5 },
      { name: 'membershipMonths', label: 'Time to apply for ICoCA membership', type: 'integer', min: 1, max: 24, unit: 'months', default: 6 },
    ],
    sources: [
      { standard: 'DCAF/ICRC Toolkit', ref: 'Local procurement', note: '2016 edition: contract informed by the Voluntary Principles and the ICoC; check certified or affiliate status' },
      { standard: 'DCAF/ICRC Toolkit', ref: 'Oversight and accountability, A', note: 'prefer certified members, else affiliates' },
      { standard: 'Voluntary Principles', ref: 'Interactions between companies and private security', note: 'observe the contracting company\'s policies on ethics and human rights' },
      { standard: 'good practice', note: 'incorporating the Voluntary Principles in contracts (exact VPs wording unverified)' },
    ],
    guidance:
      'Standards.md §2.6. ICoCA status is the strongest single indicator of a provider\'s human-rights governance: certified members are audited, transitional members must certify within 2 years, affiliates have only committed. Record the status truthfully from the ICoCA website on the date of signature, on the Provider\'s party record: the clause reads it from there, so it is entered once. The preferred position makes the Provider keep its status for the Term and report any change or ICoCA complaint; the first fallback is for providers that are not yet members and commits them to apply. The second fallback incorporates the ICoC as a contract term without any membership: the duties bind, but no independent body oversees them or receives complaints, which falls below the Toolkit\'s oversight expectation. The Voluntary Principles address companies and States, so the Provider undertakes to act consistently with them rather than to "comply".',
    alternatives: [
      {
        id: 'maintain-status',
        label: 'Maintain ICoCA status',
        rationale: 'For a Provider that is already a member or affiliate: it keeps at least that status throughout the Term.',
        body: [
          'The Provider represents that, on the Effective Date, it is {{icocaStatus}} of the ICoCA.',
          'The Provider shall comply with the ICoC, shall perform the Services consistently with the Voluntary Principles as they apply to private security, and shall ensure that its Personnel and Subcontractors do the same.',
          'The Provider shall maintain at least its ICoCA status throughout the Term and shall notify the Company within {{icocaStatusNoticeDays}} Business Days after any change in that status, any suspension, and any complaint or review the ICoCA opens concerning the Provider.',
        ],
      },
      {
        id: 'apply-for-membership',
        label: 'Apply for ICoCA membership',
        rationale: 'For a Provider that is not yet a member: it adheres to the ICoC now and applies for membership within a set period.',
        body: [
          'The Provider represents that, on the Effective Date, it is {{icocaStatus}} of the ICoCA.',
          'The Provider shall comply with the ICoC, shall perform the Services consistently with the Voluntary Principles as they apply to private security, and shall ensure that its Personnel and Subcontractors do the same.',
          'The Provider shall apply for membership of the ICoCA within {{membershipMonths}} months after the Effective Date, shall pursue that application diligently, and shall notify the Company within {{icocaStatusNoticeDays}} Business Days after each decision on it and after any complaint or review the ICoCA opens concerning the Provider.',
        ],
      },
      {
        id: 'contractual-adherence-only',
        label: 'Contractual adherence without membership',
        rationale: 'Where ICoCA membership is not realistic for the Provider during the Term.',
        belowStandard: {
          standard: 'DCAF/ICRC Toolkit (Oversight and accountability, A)',
          risk: 'No independent oversight or complaints channel: the Company alone must monitor the Provider\'s compliance with the ICoC.',
        },
        body: [
          'The Provider represents that, on the Effective Date, it is {{icocaStatus}} of the ICoCA.',
          'The Provider shall comply with the ICoC as if it were a member of the ICoCA, shall perform the Services consistently with the Voluntary Principles as they apply to private security, and shall ensure that its Personnel and Subcontractors do the same.',
        ],
      },
    ],
  },
  {
    id: 'company-policies-and-code-of-conduct',
    version: 1,
    title: 'Company policies',
    topic: 'standards',
    kinds,
    variables: [
      {
        name: 'companyPolicies',
        label: 'Company policies the Provider must follow',
        type: 'list',
        minItems: 1,
        default: [
          'the Company\'s code of conduct for private security providers',
          'the Company\'s security and human rights policy',
          'the Company\'s health, safety and environment policy',
          'the Company\'s anti-bribery and corruption policy',
        ],
      },
      { name: 'policyUpdateDays', label: 'Time to implement an updated policy', type: 'duration', units: ['calendar days'], min: 1, max: 90, default: { amount: 30, unit: 'calendar days' } },
      { name: 'riskPlanDays', label: 'Time to reflect risk-assessment findings in the site security plan', type: 'duration', units: ['calendar days'], min: 1, max: 90, default: { amount: 30, unit: 'calendar days' } },
    ],
    sources: [
      { standard: 'DCAF/ICRC Toolkit', ref: 'Local procurement', note: '2016 edition: reference company policies and the code of conduct for PSPs in the contract' },
      { standard: 'DCAF/ICRC Toolkit', ref: 'Oversight and accountability, A' },
      { standard: 'Voluntary Principles', ref: 'Interactions between companies and private security', note: 'observe the contracting company\'s policies on ethics and human rights' },
    ],
    guidance:
      'Standards.md §2.7. Lists the Company policies that bind the Provider and makes the Company\'s security and human-rights risk assessment part of how the Services are run: the Company shares the relevant findings, the Provider builds them into its site security plan. Give the Provider copies before signature; a policy not handed over is hard to enforce. Providers ask for a cap on the cost of policy changes; the right answer is a change under the amendment clause where an update materially increases cost, not a weaker duty. Training on these policies is governed by the training clauses, not repeated here.',
    alternatives: [
      {
        id: 'policies-and-risk-assessment',
        label: 'Policies and risk-assessment findings',
        rationale: 'Binds the Provider to the Company\'s policies and keeps the site security plan aligned with the risk assessment.',
        body: [
          'The Provider shall comply, and shall ensure that its Personnel and Subcontractors comply, with {{companyPolicies}}, in the versions the Company gave the Provider in writing before the Effective Date.',
          'The Company may update those policies by notice to the Provider. The Provider shall implement each update within {{policyUpdateDays}} after the notice. If an update materially increases the cost of the Services, the Provider may request an adjustment of the Fees under {@amendment}, but shall implement the update in the meantime.',
          'The Company shall share with the Provider the findings of its security and human rights risk assessment that concern the Services, and each update of those findings. The Provider shall reflect them in its written site security plan within {{riskPlanDays}} after receiving them and shall give the Company a copy of the updated plan.',
        ],
      },
    ],
  },
  {
    id: 'licences-and-authorisations',
    version: 1,
    title: 'Licences and authorisations',
    topic: 'standards',
    kinds,
    variables: [
      { name: 'licenceNoticeDays', label: 'Notice of a licence suspended, revoked or refused', type: 'integer', min: 1, max: 10, unit: 'Business Days', default: 2 },
      { name: 'pendingLicences', label: 'Licences applied for but not yet granted', type: 'list', minItems: 1, help: 'Only for the "licence application in progress" position.' },
      { name: 'pendingLicenceDays', label: 'Time to obtain a pending licence', type: 'duration', units: ['calendar days'], min: 1, max: 180, default: { amount: 60, unit: 'calendar days' } },
    ],
    sources: [
      { standard: 'Montreux Document', ref: 'GP 8', note: 'registration, licences and authorisations' },
      { standard: 'Montreux Document', ref: 'GP 14(c)', note: 'personnel hold visas and other authorisations' },
      { standard: 'DCAF/ICRC Toolkit', ref: 'Example contract clause on equipment use', note: 'personnel hold all required authorisations' },
    ],
    guidance:
      'Standards.md §2.8. Operating without a licence exposes the Company to complicity in an unlawful security operation and voids most insurance. The preferred position requires every licence at the Effective Date. The fallback accepts a licence application in progress, as the Montreux Document does when it speaks of providers that hold or are obtaining licences, but only where the law of the Territorial State allows the Provider to operate meanwhile, and with a deadline after which the Company may terminate. Weapons licences are covered by this clause in general and listed in the weapons clause where weapons are authorised.',
    alternatives: [
      {
        id: 'licensed-at-effective-date',
        label: 'All licences held at the Effective Date',
        rationale: 'The Provider may start only when fully licensed.',
        body: [
          'The Provider represents that, on the Effective Date, it holds every registration, licence and authorisation that Applicable Law requires for it to provide the Services, and it shall maintain them throughout the Term at its own cost.',
          'The Provider shall ensure that every member of its Personnel holds, before deployment and for as long as deployed, every individual licence, permit, visa and work authorisation that Applicable Law requires, and shall not deploy any individual who does not.',
          'The Provider shall give the Company copies of those licences and authorisations within 5 Business Days after a request, and shall notify the Company within {{licenceNoticeDays}} Business Days after any of them is suspended, revoked, refused or made subject to new conditions.',
        ],
      },
      {
        id: 'licence-pending',
        label: 'Licence application in progress',
        rationale: 'For a Provider renewing or extending a licence where the law of the Territorial State lets it operate meanwhile.',
        body: [
          'The Provider represents that, on the Effective Date, it holds every registration, licence and authorisation that Applicable Law requires for it to provide the Services, except {{pendingLicences}}, for which it has applied and under which Applicable Law permits it to operate while the application is decided. The Provider shall obtain each of those pending licences within {{pendingLicenceDays}} after the Effective Date, failing which the Company may terminate this Agreement with immediate effect by notice.',
          'The Provider shall ensure that every member of its Personnel holds, before deployment and for as long as deployed, every individual licence, permit, visa and work authorisation that Applicable Law requires, and shall not deploy any individual who does not.',
          'The Provider shall give the Company copies of those licences and authorisations within 5 Business Days after a request, and shall notify the Company within {{licenceNoticeDays}} Business Days after any of them is suspended, revoked, refused or made subject to new conditions.',
        ],
      },
    ],
  },
  {
    id: 'company-past-conduct-warranty',
    version: 1,
    title: 'Past conduct of the Provider',
    topic: 'standards',
    kinds,
    variables: [
      { name: 'lookbackYears', label: 'Period covered by the contract-termination representation', type: 'integer', min: 3, max: 20, unit: 'years', default: 10 },
      { name: 'pastConductNoticeDays', label: 'Notice if a representation ceases to be true', type: 'integer', min: 1, max: 10, unit: 'Business Days', default: 5 },
    ],
    sources: [
      { standard: 'Montreux Document', ref: 'GP 6(a)', note: 'no reliably attested record of involvement in serious crime; remedy of past misconduct' },
      { standard: 'Montreux Document', ref: 'GP 6(c)', note: 'not previously rejected from a contract for misconduct' },
    ],
    guidance:
      'Standards.md §2.13. The representation converts the exclusion criteria of the tender into contractual terms, so that a false statement is a ground for termination under the compliance-termination clause, not only a tender irregularity. It covers the Provider and its directors and senior managers, because the Montreux criteria concern the company\'s record and the people who run it. Providers often ask for a knowledge qualifier; the fallback accepts one, provided the knowledge is after due enquiry, which is still consistent with GP 6. Do not accept a representation limited to convictions: GP 6(a) speaks of reliably attested involvement, which is wider.',
    alternatives: [
      {
        id: 'absolute',
        label: 'Unqualified representation',
        rationale: 'The Provider stands behind its record without qualification.',
        body: [
          {
            p: 'The Provider represents that, on the Effective Date:',
            items: [
              'neither it nor any of its directors or senior managers has a reliably attested record of involvement in serious crime, including organised crime, violent crime, sexual offences, violations of international humanitarian law, human rights abuses, bribery or corruption, that has not been disclosed to the Company in writing and remedied;',
              'where any such involvement occurred, it has remedied it, including by cooperating with the Competent Authorities, taking disciplinary measures against those responsible and providing reparation to those harmed; and',
              'no contract for security services has been terminated, and no tender of the Provider excluded, for misconduct within the {{lookbackYears}} years before the Effective Date.',
            ],
          },
          'The Provider shall notify the Company within {{pastConductNoticeDays}} Business Days after becoming aware that any of these representations has become untrue.',
        ],
      },
      {
        id: 'knowledge-qualified',
        label: 'Representation after due enquiry',
        rationale: 'Accepts a knowledge qualifier, limited to what the Provider knows after due enquiry.',
        body: [
          {
            p: 'The Provider represents that, on the Effective Date and to the best of its knowledge after due enquiry of its records and of each of its directors and senior managers:',
            items: [
              'neither it nor any of its directors or senior managers has a reliably attested record of involvement in serious crime, including organised crime, violent crime, sexual offences, violations of international humanitarian law, human rights abuses, bribery or corruption, that has not been disclosed to the Company in writing and remedied;',
              'where any such involvement occurred, it has remedied it, including by cooperating with the Competent Authorities, taking disciplinary measures against those responsible and providing reparation to those harmed; and',
              'no contract for security services has been terminated, and no tender of the Provider excluded, for misconduct within the {{lookbackYears}} years before the Effective Date.',
            ],
          },
          'The Provider shall notify the Company within {{pastConductNoticeDays}} Business Days after becoming aware that any of these representations has become untrue.',
        ],
      },
    ],
  },
];
