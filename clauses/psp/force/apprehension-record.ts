// Runtime: any (pure data). The apprehension and hand-over record: one form per apprehension,
// filled in on the spot, so that the ICoC ¶34 conditions (reason, humane treatment, hand-over)
// can be checked afterwards from paper rather than memory.
import type { ClauseInput } from '../../schema.ts';

export const apprehensionRecordAnnex: ClauseInput = {
  id: 'annex-apprehension-record',
  version: 1,
  role: 'annex',
  title: 'Apprehension and Hand-over Record',
  topic: 'Apprehension and detention',
  kinds: ['psp-contract'],
  appliesWhen: { fact: 'apprehensionPossible', is: true },
  sources: [
    { standard: 'ICoC', ref: '¶34' },
    { standard: 'DCAF/ICRC Toolkit', ref: 'Relationship between public and private security, C' },
    { standard: 'good practice', note: 'custody record and welfare log, modelled on police custody records' },
  ],
  guidance:
    'Applies where apprehension is possible. Each field answers a question an investigator will ask after a complaint: why was the person held, who held them, were they injured, searched or restrained, was a woman present for a woman, who was told and when, and who took custody. The welfare log shows that the person was never left alone and got water and a toilet. Keep the form short enough to be completed on a clipboard; the Provider may add fields but should not remove any.',
  alternatives: [
    {
      id: 'standard',
      label: 'Record form',
      rationale: 'One page per apprehension, completed at the time, delivered to the Company.',
      body: [
        { note: 'Complete one record for each Apprehended Person, at the time of the events. Give the completed record to the Company within the time set in {@apprehension-of-persons}.' },
        { h: 'Part A: Apprehension' },
        {
          table: {
            header: ['Item', 'Entry'],
            rows: [
              ['Record number', ''],
              ['Date and time of apprehension', ''],
              ['Place (post, gate or area of the Site)', ''],
              ['Reason (tick one): imminent threat of violence / after an attack or crime (describe)', ''],
              ['Personnel who apprehended the person (names, staff numbers)', ''],
              ['Female member of Personnel present, if the person is a woman or girl (name)', ''],
              ['Apprehended Person: name (if given), sex, approximate age, language', ''],
              ['Is the person apparently under 18? (yes / no)', ''],
              ['Force used, if any (describe; attach the Incident Report)', ''],
              ['Injuries seen and medical aid given (by whom, when)', ''],
              ['Search for weapons (by whom; items found)', ''],
              ['Restraints (type; time applied; time removed)', ''],
              ['Property taken from the person (list; returned to / handed to)', ''],
              ['Holding place', ''],
            ],
          },
        },
        { h: 'Part B: Notifications' },
        {
          table: {
            header: ['Notified', 'Date and time', 'By whom', 'Means (telephone, radio, in person)', 'Name of person told'],
            rows: [
              ['Company', '', '', '', ''],
              ['Competent Authority', '', '', '', ''],
              ['Family or other person named by the Apprehended Person', '', '', '', ''],
            ],
          },
        },
        { h: 'Part C: Welfare log' },
        {
          table: {
            header: ['Time', 'Condition of the person', 'Water, food, toilet or medical aid given', 'Member of Personnel present (initials)'],
            rows: [],
            blankRows: 8,
          },
        },
        { h: 'Part D: Hand-over or release' },
        {
          table: {
            header: ['Item', 'Entry'],
            rows: [
              ['Handed over to the Competent Authority: date, time and place', ''],
              ['Receiving officer: name, rank, service number and unit', ''],
              ['Signature of the receiving officer', ''],
              ['Or released: date, time, reason (e.g. the Competent Authority did not attend)', ''],
              ['Escape, if any: time, description given to the Competent Authority', ''],
              ['Completed by (name, signature, date)', ''],
              ['Reviewed by the Provider\'s site manager (name, signature, date)', ''],
            ],
          },
        },
      ],
    },
  ],
};
