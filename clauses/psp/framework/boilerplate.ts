// Runtime: any (pure data). General provisions every signed services contract needs: law and
// disputes, notices, assignment, the relationship of the Parties, entire agreement, amendment,
// severance, counterparts, and the language of the Agreement.
import type { ClauseInput } from '../../schema.ts';

const kinds: ClauseInput['kinds'] = ['psp-contract'];
const practice = [{ standard: 'good practice', note: 'general provisions of international commercial agreements' }];

const escalation =
  'If a dispute arises out of or in connection with this Agreement, either Party may refer it by notice to a senior executive of each Party, and each Party shall ensure that its senior executive meets the other Party\'s senior executive within {{escalationBusinessDays}} Business Days after the notice to try to resolve it. The Provider shall continue to perform the Services while a dispute is being resolved.';

const othersUnaffected =
  'This clause governs disputes between the Parties only. It does not affect the right of any person harmed by the Services to use the Grievance Mechanism or to bring a claim before any court.';

export const boilerplateClauses: ClauseInput[] = [
  {
    id: 'governing-law',
    version: 1,
    title: 'Governing law',
    topic: 'disputes',
    kinds,
    sources: [{ standard: 'good practice', note: 'standards.md §2.49: no standard text found; drafted from practice' }],
    guidance:
      'Together with dispute resolution, covers standards.md §2.49, for which the standards give no text. A neutral, well-developed governing law (for example England and Wales, Switzerland or Singapore) gives predictable answers on indemnities and caps; the law of the Territorial State is often mandatory for local providers and may be the only realistic choice. Either way, the mandatory law of the Territorial State on security services, firearms, labour and criminal matters applies regardless, and the clause says so to avoid any suggestion that the choice of law displaces it.',
    alternatives: [
      {
        id: 'chosen-law',
        label: 'Law chosen by the Parties',
        rationale: 'A neutral, predictable law for the contract itself.',
        body: [
          'This Agreement, and any non-contractual obligation arising out of or in connection with it, is governed by the law of {{governingLaw}}. The choice of law does not displace the mandatory rules of the law of the Territorial State that apply to the Services.',
        ],
      },
    ],
  },
  {
    id: 'dispute-resolution',
    version: 1,
    title: 'Dispute resolution',
    topic: 'disputes',
    kinds,
    variables: [
      { name: 'escalationBusinessDays', label: 'Time for senior executives to meet', type: 'integer', min: 1, max: 30, unit: 'Business Days', default: 10 },
      { name: 'arbitrationRules', label: 'Arbitration rules', type: 'text', maxLength: 200, default: 'the Arbitration Rules of the International Chamber of Commerce' },
      {
        name: 'arbitratorCount',
        label: 'Number of arbitrators',
        type: 'enum',
        options: [
          { value: '1', label: 'one arbitrator' },
          { value: '3', label: 'three arbitrators' },
        ],
        default: '1',
      },
      { name: 'courtsLocation', label: 'Courts with jurisdiction (fallback)', type: 'text', maxLength: 200 },
    ],
    sources: [{ standard: 'good practice', note: 'standards.md §2.49: no standard text found; drafted from practice' }],
    guidance:
      'Arbitration gives an enforceable award in most Territorial States (under the New York Convention) and keeps commercial disputes out of local courts that may be slow or exposed to influence; one arbitrator suits most security contracts, three suit high-value ones. The escalation step resolves most operational disputes cheaply. The clause must not be read as channelling claims of people harmed by the Services into a private process between the Parties: the last sentence preserves their access to the Grievance Mechanism, the courts and the authorities. The courts fallback suits low-value contracts where arbitration costs are disproportionate.',
    alternatives: [
      {
        id: 'arbitration',
        label: 'Escalation, then arbitration',
        rationale: 'An enforceable, neutral forum for disputes between the Parties.',
        body: [
          escalation,
          'Any dispute not resolved within 30 calendar days after the notice of referral is to be finally resolved by arbitration under {{arbitrationRules}}, by {{arbitratorCount}}, seated in {{seatOfArbitration}} and conducted in the language of this Agreement. Either Party may seek urgent interim relief from any competent court.',
          othersUnaffected,
        ],
      },
      {
        id: 'courts',
        label: 'Escalation, then the courts',
        rationale: 'For low-value contracts where arbitration costs would be disproportionate.',
        body: [
          escalation,
          'The courts of {{courtsLocation}} have exclusive jurisdiction over any dispute not resolved within 30 calendar days after the notice of referral.',
          othersUnaffected,
        ],
      },
    ],
  },
  {
    id: 'notices',
    version: 1,
    title: 'Notices',
    topic: 'general provisions',
    kinds,
    variables: [
      { name: 'companyNoticeDetails', label: 'Company notice address, email and person for attention', type: 'text', maxLength: 400 },
      { name: 'providerNoticeDetails', label: 'Provider notice address, email and person for attention', type: 'text', maxLength: 400 },
    ],
    sources: practice,
    guidance:
      'Formal notices (termination, suspension, breach, disputes) need certain delivery and a clear time of receipt. Operational reports, including Incident reports, follow the channels of the reporting clauses and are not notices; that keeps urgent reporting fast. Email notices are standard now, but a notice of termination by email only is a common source of dispute, so the deemed-receipt rule is precise.',
    alternatives: [
      {
        id: 'notices',
        label: 'Notices by hand, courier or email',
        rationale: 'The usual modern form with a precise time of receipt.',
        body: [
          'A notice under this Agreement is valid only if it is in writing, in the language of this Agreement, and delivered by hand, by international courier or by email to the Company at {{companyNoticeDetails}}, or to the Provider at {{providerNoticeDetails}}, or to other details a Party notifies for this purpose.',
          'A notice is received: if delivered by hand, on delivery; if sent by courier, 2 Business Days after dispatch; if sent by email, when sent, unless the sender receives a message that it was not delivered. A notice received after 17:00 local time at the place of receipt, or on a day that is not a Business Day, is received at 09:00 on the next Business Day. Reports and communications in the ordinary course of the Services are not notices.',
        ],
      },
    ],
  },
  {
    id: 'assignment',
    version: 1,
    title: 'Assignment and change of control',
    topic: 'general provisions',
    kinds,
    variables: [{ name: 'changeOfControlNoticeDays', label: 'Notice of a change of control', type: 'integer', min: 1, max: 30, unit: 'Business Days', default: 10 }],
    sources: [
      { standard: 'Montreux Document', ref: 'GP 6', note: 'the contracting party assesses the ownership and record of the provider it selects' },
      ...practice,
    ],
    guidance:
      'The Company selected the Provider after due diligence on its owners and record; an assignment or a change of control can hand the Services to a company the Company never assessed. The preferred position lets the Company terminate on a change of control. The Company keeps the right to assign to an affiliate or to a buyer of the Site. The mutual fallback removes the Company\'s free right to assign; acceptable where the Provider is concerned about being transferred to an unknown operator.',
    alternatives: [
      {
        id: 'company-may-assign',
        label: 'Company may assign to an affiliate or buyer',
        rationale: 'The Services follow the Site if it is sold or transferred within the Company\'s group.',
        body: [
          'The Provider shall not assign, transfer or otherwise deal with any of its rights or obligations under this Agreement without the Company\'s prior written consent. The Company may assign this Agreement to an affiliate or to any person that acquires the Site, by notice to the Provider.',
          'The Provider shall notify the Company within {{changeOfControlNoticeDays}} Business Days after any change in the person or persons who control it. The Company may then terminate this Agreement by notice given within 60 calendar days after receiving that notification.',
        ],
      },
      {
        id: 'mutual-consent',
        label: 'Assignment only with consent',
        rationale: 'For Providers that will not accept a transfer to an unknown operator.',
        body: [
          'Neither Party shall assign, transfer or otherwise deal with any of its rights or obligations under this Agreement without the other Party\'s prior written consent, which shall not be unreasonably withheld where the Company proposes to assign to a person that acquires the Site.',
          'The Provider shall notify the Company within {{changeOfControlNoticeDays}} Business Days after any change in the person or persons who control it. The Company may then terminate this Agreement by notice given within 60 calendar days after receiving that notification.',
        ],
      },
    ],
  },
  {
    id: 'relationship-of-parties',
    version: 1,
    title: 'Relationship of the Parties',
    topic: 'general provisions',
    kinds,
    sources: practice,
    guidance:
      'The Provider is an independent contractor that directs its own Personnel. The clause also records that the Company gives no instruction to use force: operational decisions on force rest with the Provider under the Rules for the Use of Force, which prevents the Company being drawn into command of guards while keeping its rights to instruct on the scope of the Services and to monitor.',
    alternatives: [
      {
        id: 'independent-contractor',
        label: 'Independent contractor',
        rationale: 'The only position consistent with the Provider\'s responsibility for its Personnel.',
        body: [
          'The Provider performs the Services as an independent contractor. Nothing in this Agreement creates a partnership, joint venture, agency or employment relationship between the Parties or between the Company and any member of the Personnel. The Provider is solely responsible for the direction, supervision and discipline of its Personnel, and for every decision of its Personnel to use force, which the Provider shall take only in accordance with the Rules for the Use of Force.',
        ],
      },
    ],
  },
  {
    id: 'entire-agreement',
    version: 1,
    title: 'Entire agreement',
    topic: 'general provisions',
    kinds,
    variables: [{ name: 'tenderReference', label: 'The Provider\'s tender (title and date)', type: 'text', maxLength: 200 }],
    sources: [
      { standard: 'DCAF/ICRC Toolkit', ref: 'Requests for proposals and selection of potential contractors', note: 'commitments evidenced in the bid are written into the contract' },
      ...practice,
    ],
    guidance:
      'The preferred position keeps the Provider to the commitments of its tender (training hours, equipment, staffing) where they go beyond the Agreement: the Toolkit expects criteria evidenced at bid stage to be written into the contract, and this is the simplest way to do it. The plain fallback excludes the tender entirely; choose it only after checking that every commitment you relied on in the evaluation is in the Agreement itself.',
    alternatives: [
      {
        id: 'with-tender-commitments',
        label: 'Entire agreement, tender commitments kept',
        rationale: 'Holds the Provider to what it promised in order to win the contract.',
        body: [
          'This Agreement is the entire agreement between the Parties about its subject matter and supersedes all earlier agreements and understandings about it, except that every commitment in the Provider\'s tender, {{tenderReference}}, that gives the Company more than this Agreement binds the Provider as part of this Agreement. Nothing in this clause limits liability for fraud.',
        ],
      },
      {
        id: 'plain',
        label: 'Entire agreement',
        rationale: 'For a negotiated contract that already states every commitment relied on.',
        body: [
          'This Agreement is the entire agreement between the Parties about its subject matter and supersedes all earlier agreements, understandings and tenders about it. Nothing in this clause limits liability for fraud.',
        ],
      },
    ],
  },
  {
    id: 'amendment',
    version: 1,
    title: 'Amendment and waiver',
    topic: 'general provisions',
    kinds,
    sources: practice,
    guidance:
      'Amendments only in a document signed by both Parties, so that an operational email cannot change the Rules for the Use of Force or the scope of the Services. Changes to posts that the staffing clause allows on notice are not amendments. The waiver rule stops a tolerated breach (for example late Incident reports) becoming the new standard.',
    alternatives: [
      {
        id: 'written-amendment',
        label: 'Written amendment signed by both Parties',
        rationale: 'The usual rule; keeps the standards from eroding through practice.',
        body: [
          'An amendment of this Agreement is valid only if it is in writing, refers to this Agreement and is signed by an authorised representative of each Party. A change to the posts made by notice under {@personnel-numbers-and-posts} is not an amendment.',
          'A failure or delay in exercising a right under this Agreement is not a waiver of that right. A waiver is valid only if it is in writing and applies only to the case for which it is given.',
        ],
      },
    ],
  },
  {
    id: 'severance',
    version: 1,
    title: 'Severance',
    topic: 'general provisions',
    kinds,
    sources: practice,
    guidance: 'Keeps the rest of the Agreement in force if a court strikes out one provision, and obliges the Parties to replace it with the nearest valid provision, which matters for sanctions and caps that a local court may treat as penalties.',
    alternatives: [
      {
        id: 'severance',
        label: 'Severance with replacement',
        rationale: 'Keeps the bargain alive if a local court strikes out one term, such as a sanction or a cap.',
        body: [
          'If any provision of this Agreement is or becomes invalid or unenforceable, the rest of this Agreement remains in force, and the Parties shall agree in good faith a valid provision that comes as close as possible to the purpose of the provision concerned.',
        ],
      },
    ],
  },
  {
    id: 'counterparts',
    version: 1,
    title: 'Counterparts and electronic signature',
    topic: 'general provisions',
    kinds,
    sources: practice,
    guidance:
      'Electronic signature and exchange of signed copies by email is normal for international contracts. Some Territorial States require wet-ink originals for licensing filings or court enforcement; the fallback provides for them.',
    alternatives: [
      {
        id: 'electronic',
        label: 'Counterparts; electronic signature allowed',
        rationale: 'Fast signature across locations.',
        body: [
          'This Agreement may be signed in any number of counterparts, each of which is an original and which together are one instrument. A Party may sign electronically and deliver its signed counterpart by email, to the extent Applicable Law permits.',
        ],
      },
      {
        id: 'wet-ink',
        label: 'Counterparts; original signatures',
        rationale: 'For Territorial States that require wet-ink originals for licensing or enforcement.',
        body: ['Each Party shall sign this Agreement by hand in 2 originals, one for each Party, which together are one instrument. No electronic signature or copy is effective to conclude or amend this Agreement.'],
      },
    ],
  },
  {
    id: 'language-and-precedence',
    version: 1,
    title: 'Language and precedence',
    topic: 'general provisions',
    kinds,
    variables: [
      { name: 'agreementLanguage', label: 'Language of the Agreement', type: 'text', maxLength: 40, default: 'English' },
      { name: 'translationLanguage', label: 'Language of the translation (fallback)', type: 'text', maxLength: 40 },
    ],
    sources: [{ standard: 'good practice', note: 'contract language and precedence rules are unverified in the standards' }],
    guidance:
      'One prevailing language avoids arguments over translation. The precedence rule puts the body of the Agreement above the annexes and the Company policies, but any conflict about the protection of people is resolved in favour of the more protective text, so that a loosely drafted annex cannot weaken the Rules for the Use of Force. Where the law of the Territorial State requires a local-language version, the fallback makes both versions equally authentic, with interpretation guided by the purpose of the Agreement; this carries some risk of divergent readings.',
    alternatives: [
      {
        id: 'one-prevailing',
        label: 'One prevailing language',
        rationale: 'Avoids arguments over translation.',
        body: [
          'This Agreement is made in {{agreementLanguage}}. If it is translated, the {{agreementLanguage}} text prevails.',
          'If the body of this Agreement, its annexes and the Company policies referred to in it conflict, the body of this Agreement prevails over the annexes, and the annexes prevail over the Company policies; however, where they conflict on the protection of any person, the provision that gives that person greater protection prevails.',
        ],
      },
      {
        id: 'two-authentic',
        label: 'Two equally authentic languages',
        rationale: 'Where the law of the Territorial State requires a local-language version with equal force.',
        body: [
          'This Agreement is made in {{agreementLanguage}} and {{translationLanguage}}, and both texts are equally authentic. If they differ, the Parties shall adopt the meaning that best reconciles both texts having regard to the purpose of this Agreement.',
          'If the body of this Agreement, its annexes and the Company policies referred to in it conflict, the body of this Agreement prevails over the annexes, and the annexes prevail over the Company policies; however, where they conflict on the protection of any person, the provision that gives that person greater protection prevails.',
        ],
      },
    ],
  },
];
