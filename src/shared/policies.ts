import { ADMINS, ANYONE, eventRoles, OPERATOR, REGISTRANT, SIGNED_IN, secretHolder } from './access.js';
import type { EventRole } from './constants.js';

/**
 * Who may call what, module by module. Each route names one of these in its
 * declaration (`config.access`); the server refuses a route that names none and
 * checks the declaration before the handler runs; the browser reads the same
 * values to show a section or a button. Services keep the finer rules.
 */
export const STAFF_ROLES = ['organizer', 'secretariat'] as const satisfies readonly EventRole[];
const STAFF = eventRoles(STAFF_ROLES);
const ORGANIZERS = eventRoles(['organizer']);

/** The platform's own routes: sessions, the operator's probes, the API document, the outbox. */
export const PLATFORM_POLICY = {
  /** /healthz and /readyz: load balancers ask them from anywhere. */
  probe: ANYONE,
  /** /metrics: the node's own host (not through the proxy), or a scraper with METRICS_TOKEN. */
  readMetrics: OPERATOR,
  readApi: ANYONE,
  readSession: ANYONE,
  signIn: ANYONE,
  useSignInLink: secretHolder('a sign-in link'),
  /** A full session, or one a personal link opened. */
  signOut: REGISTRANT,
  changeMe: SIGNED_IN,
  /** Every mail, sign-in links included: how the embedded default, with no SMTP, reads its mail. */
  readPlatformOutbox: ADMINS,
} as const;

/** An event: reading a published one is public. */
export const EVENT_POLICY = {
  list: ANYONE,
  read: ANYONE,
  create: ADMINS,
  update: STAFF,
  readAudit: ORGANIZERS,
  readOutbox: STAFF,
  manageRoles: ORGANIZERS,
} as const;

/** Registrations: registering is open to anyone; a registrant reaches only their own. */
export const REGISTRATION_POLICY = {
  register: ANYONE,
  readForm: ANYONE,
  configureForm: STAFF,
  useLink: secretHolder('a personal link'),
  readOwn: REGISTRANT,
  changeOwn: REGISTRANT,
  decide: STAFF,
  eraseAll: ORGANIZERS,
} as const;

/** Badges and check-in at the door: the staff's, and a registrant's own badge. */
export const CHECKIN_POLICY = {
  /** A confirmed in-person place is the service's rule. */
  downloadOwnBadge: REGISTRANT,
  downloadBadges: STAFF,
  checkIn: STAFF,
  /** From the registrations list, without the badge: the person is at the desk. */
  checkInByHand: STAFF,
  readCheckIns: STAFF,
} as const;

/** The organizer's list of registrations: the event's staff, never the registrants. */
export const LIST_POLICY = {
  readList: STAFF,
  exportList: STAFF,
  importList: STAFF,
  readFigures: STAFF,
  /** The detail panel: the record's audit entries, the private note, a correction, a new personal link. */
  readHistory: STAFF,
  writeNote: STAFF,
  editRegistration: STAFF,
  resendLink: STAFF,
} as const;

/** The programme: the published one is public, the working copy is the staff's. */
export const PROGRAMME_POLICY = {
  readPublished: ANYONE,
  readChangelog: ANYONE,
  /** A published speaker's photo for anyone, a draft one's for the staff: the service's rule. */
  readSpeakerPhoto: ANYONE,
  readDraft: STAFF,
  editSessions: STAFF,
  editSpeakers: STAFF,
  publish: STAFF,
  useAgenda: SIGNED_IN,
} as const;

/** The exports of the published programme; a person's agenda feed is read by whoever holds its address. */
export const SCHEDULE_POLICY = {
  readSchedule: ANYONE,
  readSessionCalendar: ANYONE,
  readAgendaFeed: secretHolder("an agenda feed's address"),
} as const;

const FOCAL_POINT_OR_STAFF = eventRoles(['focal_point', ...STAFF_ROLES], { focalPointOf: 'id' });

/** Delegations: a focal point acts for their own delegation only (the `:id` of the route). */
export const DELEGATION_POLICY = {
  readPublic: ANYONE,
  readOverview: STAFF,
  create: STAFF,
  inviteFocalPoint: STAFF,
  updateSettings: STAFF,
  reorder: ORGANIZERS,
  /** The delegation the caller is focal point of, if any. */
  findMine: SIGNED_IN,
  readWorkspace: FOCAL_POINT_OR_STAFF,
  chooseTheme: FOCAL_POINT_OR_STAFF,
  submitStatement: FOCAL_POINT_OR_STAFF,
  endorseMember: FOCAL_POINT_OR_STAFF,
  removeMember: FOCAL_POINT_OR_STAFF,
} as const;

/** Who moderates a session's questions: the event's moderators and staff, and a session's named moderator (a speaker). */
export const MODERATOR_ROLES = ['moderator', 'speaker', ...STAFF_ROLES] as const satisfies readonly EventRole[];

/**
 * The live session: anyone follows it; a registrant of the event asks and votes (the service
 * checks the registration); its moderators screen the questions. A speaker passes the
 * declaration, and the service lets through only the session's own named moderator.
 */
export const LIVE_POLICY = {
  follow: ANYONE,
  ask: REGISTRANT,
  vote: REGISTRANT,
  moderate: eventRoles(MODERATOR_ROLES),
  /** Who watched and who came: per session and for the event. */
  readAttendance: STAFF,
} as const;

/** The delegations' voice on the outcome document: a focal point of the route's delegation, or its head (a delegate; the service checks). */
const DELEGATION_VOICE = eventRoles(['focal_point', 'delegate'], { focalPointOf: 'id' });

/**
 * The outcome document: the chair (organizers, secretariat) writes, moves the stages and
 * decides; each delegation proposes and takes positions through its focal point or head;
 * the public reads what is published.
 */
export const OUTCOME_POLICY = {
  readPublic: ANYONE,
  readWorking: eventRoles(['focal_point', 'delegate', ...STAFF_ROLES]),
  editText: STAFF,
  moveStage: STAFF,
  setParagraphState: STAFF,
  decide: STAFF,
  /** Open the adoption, and declare the text adopted. */
  adopt: STAFF,
  propose: DELEGATION_VOICE,
  withdraw: DELEGATION_VOICE,
  takePosition: DELEGATION_VOICE,
  /** A participating delegation joins (with a reservation or not) or breaks the silence. */
  respond: DELEGATION_VOICE,
} as const;

/**
 * The implementation tracker: a country's focal point (for the route's delegation) or the
 * secretariat on its behalf writes its commitments and reports; the secretariat reviews,
 * confirms completions and runs the tracker; the public reads what is reviewed.
 */
export const COMMITMENT_POLICY = {
  readPublic: ANYONE,
  readOwn: FOCAL_POINT_OR_STAFF,
  register: FOCAL_POINT_OR_STAFF,
  edit: FOCAL_POINT_OR_STAFF,
  report: FOCAL_POINT_OR_STAFF,
  readAll: STAFF,
  review: STAFF,
  confirmCompletion: STAFF,
  weigh: STAFF,
  /** The period, where it starts, the reminders: a focal point of the event reads them too (any delegation's, none named). */
  readSettings: eventRoles(['focal_point', ...STAFF_ROLES]),
  updateSettings: STAFF,
  readDashboard: STAFF,
  remind: STAFF,
  import: STAFF,
} as const;

/** The landing pages: the staff's figures of the day, and a delegation's open tasks (its focal point's, or the staff's). */
export const DASHBOARD_POLICY = {
  read: STAFF,
  readDelegationTasks: FOCAL_POINT_OR_STAFF,
} as const;
