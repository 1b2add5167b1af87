import { DEMO_DATA_AND_MSMES } from './commitments.demo.data.more.js';
import { DEMO_SKILLS_AND_QUEUE } from './commitments.demo.data.skills.js';
import type { DemoCommitment } from './commitments.demo.story.js';

// The demo's commitments: invented for Pendopo's demo, in our own words, after the five focus
// areas of ICDD 2021. None of them is a real policy of the country it is filed under; every
// title carries "(demo)" and every description says so.

const none = { countries: [], organisations: [] };

/** Focus areas 1 and 2: policy frameworks, and crisis management. */
const POLICY_AND_CRISIS: DemoCommitment[] = [
  {
    where: { country: 'ID', area: 0, cites: [0] },
    kind: { type: 'policy', priority: 'high', beganBefore: false },
    title: { en: 'A written digital diplomacy strategy', id: 'Strategi diplomasi digital tertulis' },
    description:
      'The ministry writes down what it wants from digital diplomacy, how it will measure it and who does what.',
    lead: 'Ministry of Foreign Affairs, policy strategy office',
    partners: { countries: ['FI'], organisations: [] },
    measure: {
      baseline: 'No written strategy; each unit sets its own goals',
      target: 'A strategy adopted, reviewed every year in public',
    },
    dates: { registered: '2021-12-06', starts: '2022-01-10', ends: '2025-06-30' },
    deliverables: [
      ['Consultation of 30 embassies', '2022-09-30', 1],
      ['Draft strategy', '2023-06-30', 2],
      ['Strategy adopted', '2024-06-30', 3],
      ['First yearly review published', '2025-06-30', 1],
    ],
    story: { kind: 'completed', at: 8 },
  },
  {
    where: { country: 'FI', area: 0, cites: [1] },
    kind: { type: 'policy', priority: 'medium', beganBefore: true },
    title: {
      en: 'Updated guidance on diplomats’ use of social media',
      id: 'Pedoman baru penggunaan media sosial oleh diplomat',
    },
    description:
      'Guidance for staff at home and at posts on speaking for the ministry online, with training that keeps it alive.',
    lead: 'Ministry for Foreign Affairs, public diplomacy unit',
    partners: none,
    measure: {
      baseline: 'Guidance written in 2016, never updated',
      target: 'Updated guidance, and a yearly course taken at every post',
    },
    dates: { registered: '2022-01-18', starts: '2021-03-01', ends: '2027-12-31' },
    deliverables: [
      ['Guidance updated', '2022-12-31', 2],
      ['Course for posts', '2024-06-30', 2],
      ['Yearly review of the guidance', '2027-12-31', 1],
    ],
    story: { kind: 'on_track' },
  },
  {
    where: { country: 'SG', area: 0, cites: [0, 1] },
    kind: { type: 'partnership', priority: 'medium', beganBefore: false },
    title: {
      en: 'A yearly regional dialogue on digital policy',
      id: 'Dialog regional tahunan tentang kebijakan digital',
    },
    description:
      'Ministries of the region meet once a year to compare their digital policies and publish short notes on what worked.',
    lead: 'Ministry of Foreign Affairs, technology and diplomacy office',
    partners: { countries: ['MY', 'TH', 'VN', 'PH'], organisations: ['ASEAN Secretariat'] },
    measure: { baseline: null, target: null },
    dates: { registered: '2022-02-14', starts: '2022-03-01', ends: '2027-06-30' },
    deliverables: [
      ['Five yearly dialogues held', '2027-06-30', 3],
      ['Notes on practice published', '2026-12-31', 1],
    ],
    story: { kind: 'on_track' },
  },
  {
    where: { country: 'MY', area: 0, cites: [0] },
    kind: { type: 'policy', priority: 'high', beganBefore: false },
    title: { en: 'A legal basis for digital consular services', id: 'Dasar hukum layanan konsuler digital' },
    description: 'A change in the law so that consular forms may be signed and filed online at every post.',
    lead: 'Ministry of Foreign Affairs, legal division',
    partners: none,
    measure: {
      baseline: 'Consular forms on paper at most posts',
      target: 'Electronic signature of consular forms in force by law',
    },
    dates: { registered: '2022-03-09', starts: '2022-04-01', ends: '2027-03-31' },
    deliverables: [
      ['Review of the current law', '2022-12-31', 1],
      ['Bill before parliament', '2024-06-30', 2],
      ['Law in force', '2026-06-30', 3],
    ],
    story: { kind: 'delayed', from: 6, reason: 'the bill waits for a parliamentary committee' },
  },
  {
    where: { country: 'KR', area: 0, cites: [] },
    kind: { type: 'other', priority: 'low', beganBefore: false },
    title: {
      en: 'A yearly public report on the ministry’s digital services',
      id: 'Laporan publik tahunan layanan digital kementerian',
    },
    description: 'Each year the ministry publishes how its digital services are used and what it will change.',
    lead: 'Ministry of Foreign Affairs, digital innovation office',
    partners: none,
    measure: { baseline: null, target: 'A report published every year until 2027' },
    dates: { registered: '2022-05-10', starts: '2022-06-01', ends: '2027-12-31' },
    deliverables: [
      ['First report', '2023-03-31', 1],
      ['Reports to 2027', '2027-12-31', 3],
    ],
    story: { kind: 'on_track' },
  },
  {
    where: { country: 'GB', area: 0, cites: [0] },
    kind: { type: 'policy', priority: 'medium', beganBefore: false },
    title: {
      en: 'One accessible platform for the ministry’s websites',
      id: 'Satu platform yang aksesibel untuk situs kementerian',
    },
    description: 'The ministry’s separate websites move to one platform that meets a common accessibility standard.',
    lead: 'Foreign ministry, digital services directorate',
    partners: none,
    measure: { baseline: '14 websites on 5 platforms', target: 'One platform meeting WCAG 2.1 AA' },
    dates: { registered: '2022-01-25', starts: '2022-02-01', ends: '2024-12-31' },
    deliverables: [
      ['Platform chosen', '2022-09-30', 1],
      ['Half the sites moved', '2023-12-31', 2],
      ['All sites moved and audited', '2024-12-31', 2],
    ],
    story: { kind: 'completed', at: 7 },
  },
  {
    where: { country: 'PH', area: 0, cites: [1] },
    kind: { type: 'policy', priority: 'low', beganBefore: false },
    title: { en: 'Archiving the ministry’s online communication', id: 'Pengarsipan komunikasi daring kementerian' },
    description: 'A policy on keeping the ministry’s posts and messages as public records.',
    lead: 'Department of Foreign Affairs, records office',
    partners: none,
    measure: { baseline: null, target: 'An archiving policy adopted' },
    dates: { registered: '2022-06-15', starts: '2022-07-01', ends: '2025-06-30' },
    deliverables: [
      ['Policy drafted', '2023-06-30', 2],
      ['Policy adopted', '2024-06-30', 1],
    ],
    story: { kind: 'discontinued', at: 6, reason: 'a national archives law now covers it for every agency' },
  },
  {
    where: { country: 'AU', area: 1, cites: [0] },
    kind: { type: 'programme', priority: 'high', beganBefore: true },
    title: { en: 'Consular crisis tools shared with partners', id: 'Perangkat krisis konsuler dibagikan kepada mitra' },
    description:
      'The tools used to find and reach citizens abroad in a crisis are documented and offered to partner ministries.',
    lead: 'Department of Foreign Affairs, consular crisis centre',
    partners: { countries: ['FJ', 'NZ'], organisations: ['Pacific Islands Forum Secretariat'] },
    measure: { baseline: 'The tools used by one ministry', target: 'The tools in use at five partner ministries' },
    dates: { registered: '2021-12-02', starts: '2021-06-01', ends: '2027-06-30' },
    deliverables: [
      ['Tools documented for partners', '2022-06-30', 1],
      ['Two partners trained', '2023-12-31', 2],
      ['Five partners using the tools', '2027-06-30', 3],
    ],
    story: { kind: 'on_track' },
  },
  {
    where: { country: 'FJ', area: 1, cites: [0] },
    kind: { type: 'programme', priority: 'high', beganBefore: false },
    title: {
      en: 'Cyclone warnings by text message to citizens abroad',
      id: 'Peringatan siklon lewat SMS bagi warga di luar negeri',
    },
    description: 'Citizens abroad who register receive warnings and advice by text message when a cyclone nears home.',
    lead: 'Ministry of Foreign Affairs, consular division',
    partners: { countries: ['AU', 'NZ'], organisations: ['ITU'] },
    measure: {
      baseline: 'Warnings by radio and on the website only',
      target: 'Registered citizens abroad warned within an hour',
    },
    dates: { registered: '2022-02-03', starts: '2022-03-01', ends: '2027-12-31' },
    deliverables: [
      ['Register of citizens abroad', '2023-06-30', 2],
      ['Text message gateway', '2024-12-31', 2],
      ['A drill every year', '2027-12-31', 1],
    ],
    story: { kind: 'delayed', from: 4, reason: 'the gateway’s procurement took a year longer than planned' },
  },
  {
    where: { country: 'NZ', area: 1, cites: [1] },
    kind: { type: 'partnership', priority: 'medium', beganBefore: false },
    title: { en: 'Shared watch on disinformation in a crisis', id: 'Pemantauan bersama disinformasi saat krisis' },
    description: 'Partners share, during a crisis, what false stories they see and how they answered them.',
    lead: 'Ministry of Foreign Affairs and Trade, communications unit',
    partners: { countries: ['FJ', 'AU'], organisations: [] },
    measure: { baseline: null, target: null },
    dates: { registered: '2022-04-05', starts: '2022-05-01', ends: '2027-12-31' },
    deliverables: [
      ['Contact list and channel', '2022-12-31', 1],
      ['Briefings during crises', '2027-12-31', 3],
    ],
    story: { kind: 'late' },
  },
  {
    where: { country: 'FI', area: 1, cites: [1] },
    kind: { type: 'programme', priority: 'medium', beganBefore: true },
    title: { en: 'A citizens’ guide to spotting disinformation', id: 'Panduan warga untuk mengenali disinformasi' },
    description: 'A short guide, translated and offered to partner ministries for their own citizens.',
    lead: 'Ministry for Foreign Affairs, unit for strategic communication',
    partners: { countries: ['ID', 'VN'], organisations: [] },
    measure: { baseline: 'The guide in two languages', target: 'The guide in eight languages, used by four partners' },
    dates: { registered: '2022-01-18', starts: '2021-09-01', ends: '2026-06-30' },
    deliverables: [
      ['Six translations', '2023-12-31', 2],
      ['Four partners using it', '2026-03-31', 2],
    ],
    story: { kind: 'completed', at: 9 },
  },
  {
    where: { country: 'JP', area: 1, cites: [0] },
    kind: { type: 'capacity_building', priority: 'high', beganBefore: false },
    title: { en: 'Joint crisis communication drills', id: 'Latihan bersama komunikasi krisis' },
    description: 'Drills with partner ministries on warning and informing citizens abroad when disaster strikes.',
    lead: 'Ministry of Foreign Affairs, consular affairs bureau',
    partners: { countries: ['ID', 'PH', 'VN', 'TH'], organisations: ['AHA Centre'] },
    measure: { baseline: 'One national drill a year', target: 'Two joint drills a year with four partners' },
    dates: { registered: '2022-02-22', starts: '2022-04-01', ends: '2027-12-31' },
    deliverables: [
      ['Drill plan agreed', '2022-12-31', 1],
      ['Ten joint drills held', '2027-12-31', 4],
    ],
    story: { kind: 'on_track' },
  },
  {
    where: { country: 'IN', area: 1, cites: [0] },
    kind: { type: 'programme', priority: 'high', beganBefore: false },
    title: { en: 'A consular help line in many languages', id: 'Layanan bantuan konsuler dalam banyak bahasa' },
    description:
      'Citizens abroad reach the ministry through messaging apps, in their own language, day and night during a crisis.',
    lead: 'Ministry of External Affairs, consular services division',
    partners: none,
    measure: {
      baseline: 'A phone line in two languages in office hours',
      target: 'Ten languages, around the clock during crises',
    },
    dates: { registered: '2022-03-15', starts: '2022-04-01', ends: '2027-03-31' },
    deliverables: [
      ['Messaging channel open', '2023-03-31', 2],
      ['Ten languages', '2025-12-31', 2],
      ['Around the clock in crises', '2026-12-31', 1],
    ],
    story: { kind: 'delayed', from: 8, reason: 'interpreters for four of the languages are still being recruited' },
  },
  {
    where: { country: 'VN', area: 1, cites: [0] },
    kind: { type: 'programme', priority: 'medium', beganBefore: false },
    title: { en: 'A crisis portal for citizens abroad', id: 'Portal krisis untuk warga di luar negeri' },
    description: 'One site where citizens abroad find the advice and contacts they need in an emergency.',
    lead: 'Ministry of Foreign Affairs, consular department',
    partners: none,
    measure: {
      baseline: 'Advice spread over embassy websites',
      target: 'One portal, updated within two hours of a crisis',
    },
    dates: { registered: '2022-05-20', starts: '2022-06-01', ends: '2026-12-31' },
    deliverables: [
      ['Portal online', '2023-06-30', 2],
      ['Embassies publishing to it', '2025-06-30', 2],
    ],
    story: { kind: 'inactive', after: 7 },
  },
];

/** Every commitment of the demo, in the order they are registered. */
export const DEMO_COMMITMENTS: DemoCommitment[] = [
  ...POLICY_AND_CRISIS,
  ...DEMO_DATA_AND_MSMES,
  ...DEMO_SKILLS_AND_QUEUE,
].sort((a, b) => a.dates.registered.localeCompare(b.dates.registered));
