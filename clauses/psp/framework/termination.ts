// Runtime: any (pure data). When performance stops: force majeure, suspension, and termination
// with an orderly hand-over (a security operation cannot simply walk off a Site).
import type { ClauseInput } from '../../schema.ts';

const kinds: ClauseInput['kinds'] = ['psp-contract'];

const fmDefinition = (extra: string) =>
  `A {def:Force Majeure Event} is an event beyond the reasonable control of the affected Party whose effects that Party could not have prevented by reasonable precautions, such as natural disaster, epidemic or war. ${extra}`;

const fmRelief = [
  'A Party affected by a Force Majeure Event shall notify the other Party within {{fmNoticeHours}} hours after it begins, stating its effects and expected duration, and shall take all reasonable steps to limit those effects. The affected Party is not liable for failing to perform an obligation to the extent and for as long as the Force Majeure Event prevents performance. No Fees are payable for Services not performed.',
  'A Force Majeure Event never excuses a failure to comply with the Rules for the Use of Force, with any obligation concerning the treatment of persons, or with the duty to report Incidents. If a Force Majeure Event prevents the performance of the Services in whole or in substantial part for a continuous period of more than {{fmTerminationDays}} calendar days, either Party may terminate this Agreement with immediate effect by notice.',
];

const companySuspension = {
  p: 'The Company may suspend all or part of the Services by notice to the Provider:',
  items: [
    'with immediate effect, where it reasonably considers that continuing them would put any person at serious risk;',
    'with immediate effect, pending the investigation of an Incident or of a Compliance Breach; or',
    'for its own convenience, for up to {{convenienceSuspensionDays}} calendar days in total in any year of the Term.',
  ],
};

const withdrawal =
  'On receiving a notice of suspension, the Provider shall withdraw the Personnel concerned from the Site in the order and at the times the Company directs, shall remove or secure all weapons and equipment in accordance with this Agreement, and shall keep the Personnel available to resume the Services within 48 hours after the Company\'s notice to resume.';

const handover = {
  p: 'On the expiry or termination of this Agreement for any reason, the Provider shall, for up to {{handoverDays}} calendar days as the Company directs and at the rates in {@annex-posts-and-rates}:',
  items: [
    'continue the Services until the Company or a replacement provider takes over each post, and cooperate with that handover;',
    'deliver to the Company all records relating to the Services, including the records of Personnel, equipment, Incidents and Grievances, and all recordings and logs the Provider holds for the Company;',
    'return all keys, access cards, equipment and other property of the Company; and',
    'remove its weapons, ammunition and equipment from the Site in accordance with this Agreement and Applicable Law, and give the Company a signed inventory of what it removed.',
  ],
};

const survival =
  'Expiry or termination does not affect rights and duties that have accrued, nor the duties of the Provider to cooperate with any investigation, to deal with any Grievance and to provide reparation concerning events during the Term, which continue after the Term, nor any other provision that by its nature continues, including {@confidentiality}, {@data-protection}, {@liability-and-indemnity} and {@dispute-resolution}.';

export const terminationClauses: ClauseInput[] = [
  {
    id: 'force-majeure',
    version: 1,
    title: 'Force majeure',
    topic: 'termination',
    kinds,
    variables: [
      { name: 'fmNoticeHours', label: 'Notice of a Force Majeure Event', type: 'integer', min: 1, max: 168, unit: 'hours', default: 48 },
      { name: 'fmTerminationDays', label: 'Force majeure period after which either Party may terminate', type: 'integer', min: 7, max: 180, unit: 'calendar days', default: 60 },
    ],
    sources: [{ standard: 'good practice', note: 'force majeure in security services agreements' }],
    guidance:
      'A security provider is engaged precisely to deal with crime, unrest and protest, so those events must not excuse performance: the preferred position excludes them (and strikes of the Provider\'s own workforce) from force majeure. Whatever happens, the Rules for the Use of Force, the treatment of persons and Incident reporting remain in force: these duties are absolute under the ICoC and are never suspended. Providers ask to include civil unrest; the fallback accepts unrest only where it makes performance impossible or unlawful (not merely more dangerous), which is acceptable at Sites with a history of armed insurrection.',
    alternatives: [
      {
        id: 'security-risks-excluded',
        label: 'Security risks are not force majeure',
        rationale: 'The Provider is paid to deal with crime, unrest and protest.',
        body: [
          fmDefinition('Crime, civil unrest, protest, road blocks and any strike or other industrial action of the Personnel are not Force Majeure Events.'),
          ...fmRelief,
        ],
      },
      {
        id: 'unrest-making-performance-impossible',
        label: 'Unrest counts only where performance is impossible',
        rationale: 'For Sites where armed insurrection could make any performance impossible or unlawful.',
        body: [
          fmDefinition('Civil unrest is a Force Majeure Event only to the extent it makes performance of the Services impossible or unlawful. Crime, protest, road blocks and any strike or other industrial action of the Personnel are not Force Majeure Events.'),
          ...fmRelief,
        ],
      },
    ],
  },
  {
    id: 'suspension',
    version: 1,
    title: 'Suspension',
    topic: 'termination',
    kinds,
    variables: [
      { name: 'convenienceSuspensionDays', label: 'Maximum suspension for convenience', type: 'integer', min: 1, max: 180, unit: 'calendar days', default: 60 },
      { name: 'standbyShare', label: 'Standby fee during suspension for convenience', type: 'percentage', min: 0, max: 100, default: 50 },
      { name: 'providerSuspensionDays', label: 'Overdue period before the Provider may suspend', type: 'integer', min: 30, max: 120, unit: 'calendar days', default: 60 },
    ],
    sources: [
      { standard: 'Montreux Document', ref: 'GP 20(a)', note: 'graduated sanctions; suspension is a step short of termination' },
      { standard: 'good practice' },
    ],
    guidance:
      'Suspension lets the Company stop all or part of the Services at once where continuing them would put people at risk, for example pending the investigation of a serious Incident, without having to terminate. Suspension for a Compliance Breach is unpaid; suspension for the Company\'s convenience earns a standby fee. Providers ask for their own right to suspend for non-payment; the fallback grants it with a long notice period and an orderly withdrawal, because an abrupt walk-off leaves a Site and its neighbours without protection. Never accept a right of the Provider to suspend without notice.',
    alternatives: [
      {
        id: 'company-suspension',
        label: 'Company may suspend',
        rationale: 'Lets the Company stop the Services quickly where people are at risk.',
        body: [
          companySuspension,
          withdrawal,
          'No Fees are payable for the suspended Services, except that during a suspension for the Company\'s convenience the Company shall pay a standby fee of {{standbyShare}} of the Fees for the suspended Services.',
        ],
      },
      {
        id: 'mutual-suspension',
        label: 'Provider may also suspend for non-payment',
        rationale: 'For Providers that cannot carry unpaid Fees; the long notice protects the Site.',
        body: [
          companySuspension,
          withdrawal,
          'No Fees are payable for the suspended Services, except that during a suspension for the Company\'s convenience the Company shall pay a standby fee of {{standbyShare}} of the Fees for the suspended Services.',
          'If undisputed Fees remain unpaid for more than {{providerSuspensionDays}} calendar days after their due date, the Provider may, after giving the Company at least 15 calendar days\' notice, suspend the Services until payment; it shall withdraw its Personnel in an orderly way agreed with the Company, shall remove or secure all weapons and equipment in accordance with this Agreement, and shall resume the Services within 48 hours after payment.',
        ],
      },
    ],
  },
  {
    id: 'termination-and-hand-over',
    version: 1,
    title: 'Termination and hand-over',
    topic: 'termination',
    kinds,
    variables: [
      { name: 'convenienceNotice', label: 'Notice of termination for convenience', type: 'duration', units: ['calendar days', 'months'], min: 1, default: { amount: 90, unit: 'calendar days' } },
      { name: 'breachCurePeriod', label: 'Cure period for a material breach', type: 'duration', units: ['calendar days'], min: 1, max: 90, default: { amount: 30, unit: 'calendar days' } },
      { name: 'handoverDays', label: 'Hand-over period', type: 'integer', min: 1, max: 90, unit: 'calendar days', default: 30 },
    ],
    sources: [{ standard: 'good practice', note: 'termination and exit management in services agreements' }],
    guidance:
      'General termination rights and the exit. Termination for a Compliance Breach is governed by the sanctions clause and is not repeated here. The hand-over is the critical part: a security operation cannot stop overnight, and records of Incidents and Grievances must stay with the Company so that investigations and remedies can continue after the Provider leaves. Providers ask for a mutual right to terminate for convenience; the fallback grants it with a longer notice for the Provider, which is acceptable because the Company needs time to re-tender with proper due diligence.',
    alternatives: [
      {
        id: 'company-convenience',
        label: 'Company may terminate for convenience',
        rationale: 'Keeps the Company free to re-tender; the Provider is protected by the notice period.',
        body: [
          {
            p: 'The Company may terminate this Agreement:',
            items: [
              'for convenience, by giving the Provider notice of at least {{convenienceNotice}};',
              'with immediate effect by notice, if the Provider commits a material breach of this Agreement, other than a Compliance Breach, that is not remedied within {{breachCurePeriod}} after the Company\'s notice requiring its remedy; or',
              'with immediate effect by notice, if the Provider becomes insolvent, enters into an arrangement with its creditors or loses a licence that Applicable Law requires for the Services.',
            ],
          },
          'The Provider may terminate this Agreement by notice if undisputed Fees remain unpaid for more than 90 calendar days after their due date and are not paid within 30 calendar days after the Provider\'s notice requiring payment.',
          handover,
          survival,
        ],
      },
      {
        id: 'mutual-convenience',
        label: 'Either Party may terminate for convenience',
        rationale: 'Acceptable balance where the Provider needs an exit; it gives longer notice than the Company.',
        body: [
          {
            p: 'The Company may terminate this Agreement:',
            items: [
              'for convenience, by giving the Provider notice of at least {{convenienceNotice}};',
              'with immediate effect by notice, if the Provider commits a material breach of this Agreement, other than a Compliance Breach, that is not remedied within {{breachCurePeriod}} after the Company\'s notice requiring its remedy; or',
              'with immediate effect by notice, if the Provider becomes insolvent, enters into an arrangement with its creditors or loses a licence that Applicable Law requires for the Services.',
            ],
          },
          'The Provider may terminate this Agreement for convenience by giving the Company at least 6 months\' notice, or by notice if undisputed Fees remain unpaid for more than 90 calendar days after their due date and are not paid within 30 calendar days after the Provider\'s notice requiring payment.',
          handover,
          survival,
        ],
      },
    ],
  },
];
