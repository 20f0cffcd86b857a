// Runtime: any (pure data). The weapons, ammunition, equipment and dogs register with the
// management procedures the DCAF Contract Guidance Tool (§2.4) asks to be annexed. Blank rows
// are left for the Provider to fill in at the Site.
import type { ClauseInput } from '../../schema.ts';

export const weaponsRegisterAnnex: ClauseInput = {
  id: 'annex-weapons-register',
  version: 1,
  role: 'annex',
  title: 'Register of Authorised Equipment and Management Procedures',
  topic: 'Weapons and equipment',
  kinds: ['psp-contract'],
  appliesWhen: { any: [{ fact: 'armedPersonnel', is: true }, { fact: 'lessLethalEquipment', is: true }] },
  sources: [
    { standard: 'DCAF Contract Guidance Tool', ref: '§2.4', note: 'list of authorised weapons, ammunition and dogs; management procedures annexed' },
    { standard: 'Montreux Document', ref: 'GP 9', note: 'records of property (weapons and ammunition: wording not verified)' },
    { standard: 'good practice', note: 'armoury, issue-and-return, inspection and loss procedures (ICoCA indicators on weapons and ammunition management)' },
  ],
  guidance:
    'Applies where Personnel carry firearms, less-lethal equipment or work with dogs. The register is the evidence that every item issued came back, and that every round fired is explained by an Incident Report or authorised training. Parts B and D matter only where firearms are authorised; leave them blank otherwise. Providers often keep their own electronic register: that is acceptable if it records at least the columns below and the Company can inspect it at the Site, but the printed form stays annexed as the minimum content.',
  alternatives: [
    {
      id: 'standard',
      label: 'Register and procedures',
      rationale: 'A register the Company can audit, with procedures a site armourer can follow.',
      body: [
        { note: 'The Provider keeps this register at the Site and updates it at every movement of an item. The Company may inspect it at any time.' },
        { h: 'Part A: Authorised Equipment' },
        {
          table: {
            header: ['Item and type', 'Make and model', 'Serial or identification number', 'Calibre (firearms)', 'Licence or permit number and expiry', 'Date entered', 'Company approval (name, date)'],
            rows: [],
            blankRows: 10,
          },
        },
        { h: 'Part B: Ammunition' },
        {
          table: {
            header: ['Date', 'Type and calibre', 'Received', 'Issued', 'Returned', 'Expended (Incident Report or training record)', 'Balance', 'Checked by'],
            rows: [],
            blankRows: 10,
          },
        },
        { h: 'Part C: Security dogs' },
        {
          table: {
            header: ['Name and microchip number', 'Breed', 'Handler', 'Training certificate and date', 'Last veterinary check', 'Authorised duties'],
            rows: [],
            blankRows: 4,
          },
        },
        { h: 'Part D: Issue and return log' },
        {
          table: {
            header: ['Date', 'Serial number', 'Issued to (name, staff number)', 'Time issued', 'Rounds issued', 'Time returned', 'Rounds returned', 'Condition on return', 'Armourer'],
            rows: [],
            blankRows: 15,
          },
        },
        { h: 'Part E: Inspections' },
        {
          table: {
            header: ['Date', 'Items inspected', 'Defects found', 'Action taken', 'Inspector', 'Company witness (if any)'],
            rows: [],
            blankRows: 6,
          },
        },
        { h: 'Management procedures' },
        {
          p: 'Issue and return.',
          items: [
            'Issue an item only to a named member of Personnel who is qualified to use it, for one shift, against signature in Part D.',
            'Count ammunition at issue and at return, in the presence of the person receiving or returning it.',
            'Recover every item at the end of the shift. No item leaves the Site with a person going off duty.',
          ],
        },
        {
          p: 'Storage.',
          items: [
            'Keep firearms in a locked armoury or safe and ammunition in a separate locked container.',
            'Limit keys to the armourer and one named deputy, and log every opening of the armoury.',
            'Store less-lethal equipment in a locked cabinet when it is not issued.',
          ],
        },
        {
          p: 'Handling, maintenance and transport.',
          items: [
            'Load and unload firearms only at the designated clearing point.',
            'Clean and maintain each item as its manufacturer specifies, and withdraw any defective item until it is repaired.',
            'Transport firearms and ammunition only unloaded, in locked containers, with the movement recorded in Part D.',
          ],
        },
        {
          p: 'Inspection, loss and disposal.',
          items: [
            'Inspect each item at the interval set in {@weapons-management-procedures} and record the result in Part E.',
            'On discovering a loss or theft, search at once, secure the armoury, and report as {@weapons-management-procedures#2} requires.',
            'Dispose of a firearm or ammunition only through the Competent Authority, with its receipt attached to this register.',
          ],
        },
      ],
    },
  ],
};
