// Runtime: node. Writes the example files in examples/ from the current library: a complete PSP
// agreement (armed guards, apprehension possible, public security present) that validates clean,
// an incomplete one that shows each kind of finding, and a complete MoU. Run it after a library
// change: `npx tsx scripts/make-examples.ts`; test/integration/examples.test.ts checks the result.
import { writeFileSync, mkdirSync } from 'node:fs';
import { newMatter } from '../engine/new-matter.ts';
import { loadLibrary } from '../engine/library.ts';
import type { Matter } from '../engine/matter.ts';
import type { PartialFacts } from '../clauses/facts.ts';

const now = '2026-11-20T09:00:00.000Z';
const write = (name: string, data: unknown) => writeFileSync(`examples/${name}`, `${JSON.stringify(data, null, 2)}\n`);
function set(m: Matter, clauseId: string, values: Record<string, unknown>) {
  const sel = m.clauses[clauseId];
  if (!sel) throw new Error(`example: ${clauseId} is not selected for these facts`);
  Object.assign(sel.values, values);
}

mkdirSync('examples/facts', { recursive: true });
const pspFacts: PartialFacts = { armedPersonnel: true, apprehensionPossible: true, publicSecurityPresent: true, lessLethalEquipment: true, vulnerableGroupsPresent: true };
write('facts/psp-armed-mine.facts.json', pspFacts);

function completePsp(): Matter {
  const m = newMatter({ kind: 'psp-contract', id: 'akoma-psp-2027', now, facts: pspFacts, title: 'Akoma Gold Mine: security services 2027-2029' });
  m.documentDate = '2026-12-15';
  m.versionLabel = '1.0';
  m.confidentiality = 'Confidential: commercial in confidence';
  m.parties = [
    {
      role: 'company',
      legalName: 'Akoma Gold Mining Company Limited',
      type: 'a company incorporated under the laws of the Republic of Ghana',
      registration: 'CS123452019',
      address: 'No. 14 Liberation Road, Airport Residential Area, Accra, Ghana',
      signatory: { name: 'Efua Mensah-Boateng', title: 'Managing Director' },
      witness: true,
    },
    {
      role: 'provider',
      legalName: 'Shieldline Protective Services Ltd',
      type: 'a company incorporated under the laws of the Republic of Ghana',
      registration: 'CS084412011',
      address: 'Plot 7, Takoradi Harbour Road, Sekondi-Takoradi, Ghana',
      signatory: { name: 'Kwame Asante', title: 'Chief Executive Officer' },
      witness: true,
      icocaStatus: 'certified-member',
    },
  ];
  Object.assign(m.values, { siteName: 'the Akoma Gold Mine', siteLocation: 'Tarkwa-Nsuaem Municipal District, Western Region', territorialState: 'the Republic of Ghana', effectiveDate: '2027-01-01' });
  set(m, 'mandate-scope-of-services', {
    numberOfPosts: 24,
    operatingContext:
      'The Site borders three farming communities whose members have protested over land compensation and artisanal mining access; the Ghana Police Service maintains a post at the main gate, and armed robberies of gold in transit have occurred in the district.',
    localStaffShare: 80,
  });
  set(m, 'personnel-numbers-and-posts', { siteManagerName: 'Abena Owusu', numberOfGuards: 96 });
  set(m, 'price-and-incentives', { annualFees: { amount: 1_840_000, currency: 'USD' } });
  set(m, 'community-communication', { communityLanguages: ['English', 'Fante', 'Wassa'] });
  set(m, 'weapons-authorisation-and-equipment', {
    firearmsJustification: 'two armed robberies of the gold room escort in 2025 involved firearms, and the Ghana Police Service cannot escort every shipment',
    maxArmedPosts: 4,
    authorisedFirearms: ['9 mm semi-automatic pistols with standard ball ammunition, 30 rounds per armed guard'],
    lessLethalEquipment: ['extendable baton', 'OC (pepper) spray', 'rigid handcuffs'],
  });
  set(m, 'notices', {
    companyNoticeDetails: 'No. 14 Liberation Road, Airport Residential Area, Accra; legal@akomagold.example; for the attention of the General Counsel',
    providerNoticeDetails: 'Plot 7, Takoradi Harbour Road, Sekondi-Takoradi; contracts@shieldline.example; for the attention of the Chief Executive Officer',
  });
  set(m, 'entire-agreement', { tenderReference: 'the Provider’s tender for security services at the Akoma Gold Mine dated 3 October 2026' });
  set(m, 'annex-code-of-conduct-card', { cardReportingContact: '+233 31 202 0000 (Shieldline control room, 24 hours)' });
  return m;
}

const complete = completePsp();
write('psp-complete.matter.json', complete);

// The incomplete example: the same deal, damaged on purpose so that every kind of finding shows.
const incomplete = completePsp();
incomplete.id = 'akoma-psp-incomplete';
incomplete.title = 'Akoma Gold Mine: security services (incomplete draft)';
incomplete.facts.detentionServicesRequested = true; // ICoC ¶33: blocking
delete incomplete.clauses['apprehension-of-persons']; // a provision the facts require: blocking
delete incomplete.clauses['mandate-scope-of-services']!.values.numberOfPosts; // value missing
incomplete.clauses['mandate-scope-of-services']!.values.localStaffShare = 140; // value invalid
incomplete.parties[1]!.signatory = { name: 'Kwame Asante', title: '' }; // no signatory title
incomplete.documentDate = '2027-02-01'; // after the effective date: backdating warning
incomplete.clauses['notices']!.edit = {
  body: ['Each Party shall give notices in writing to the address in {{noticeAddress}}, with a copy as required by {@armed-conflict-ihl}.'],
  baseVersion: 1,
  note: 'Counterparty mark-up of 2 December',
  reviewed: false,
};
// A negotiated fallback that falls below a standard's minimum: a warning, not a block.
const library = loadLibrary();
const fallbackClause = Object.keys(incomplete.clauses).find((id) => library.clauses.get(id)!.alternatives.some((a) => a.belowStandard && !a.conflictsWhen));
if (fallbackClause) incomplete.clauses[fallbackClause]!.alternative = library.clauses.get(fallbackClause)!.alternatives.find((a) => a.belowStandard && !a.conflictsWhen)!.id;
write('psp-incomplete.matter.json', incomplete);

const mouFacts: PartialFacts = { supportToPublicSecurity: 'in-kind', privateSecurityOnSite: true, crowdControlRisk: true, vulnerableGroupsPresent: true };
write('facts/mou-in-kind.facts.json', mouFacts);
const mou = newMatter({ kind: 'public-security-mou', id: 'akoma-mou-2027', now, facts: mouFacts, title: 'Akoma Gold Mine: MoU with the Western Regional Police Command' });
mou.documentDate = '2026-12-20';
mou.parties = [
  { ...complete.parties[0]! },
  {
    role: 'public-security',
    legalName: 'Ghana Police Service, Western Regional Police Command',
    type: 'a service of the Republic of Ghana established under the Police Service Act, 1970 (Act 350)',
    registration: '',
    address: 'Regional Police Headquarters, Sekondi, Western Region, Ghana',
    signatory: { name: 'COP Yaw Boakye-Danquah', title: 'Western Regional Police Commander' },
    witness: true,
  },
];
Object.assign(mou.values, { siteName: 'the Akoma Gold Mine', siteLocation: 'Tarkwa-Nsuaem Municipal District, Western Region', hostState: 'the Republic of Ghana', effectiveDate: '2027-01-01' });
set(mou, 'mou-parties-and-authority', { commandLevel: 'the Western Regional Police Command of the Ghana Police Service' });
set(mou, 'mou-legal-basis', { legalInstruments: ['the Police Service Act, 1970 (Act 350)', 'the Police Service Regulations, 2012 (C.I. 76)', 'the Minerals and Mining Act, 2006 (Act 703)'] });
set(mou, 'mou-purpose-and-roles', { deploymentAreas: 'the police post at the main gate and the public road between the gate and Tarkwa, for patrols, response to calls from the Company or the Private Security Provider, and escort of gold shipments on public roads' });
set(mou, 'mou-deployment-size-and-competence', { assignedForcesStrength: 12 });
set(mou, 'mou-company-contributions', { contributionCap: { amount: 120000, currency: 'USD' } });
set(mou, 'mou-governing-language-and-signature', { translationLanguages: ['Fante', 'Wassa'] });
write('mou.matter.json', mou);
console.log('Wrote examples/psp-complete.matter.json, psp-incomplete.matter.json, mou.matter.json and facts/.');
