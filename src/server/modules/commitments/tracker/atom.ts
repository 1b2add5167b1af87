import type { ReportStatus } from '../../../../shared/commitments.js';
import type { Language } from '../../../../shared/constants.js';
import type { LocalizedText } from '../../../../shared/text.js';
import { escapeXml } from '../../../core/xml.js';
import type { CommitmentRecord, ReportRecord } from '../opendata/opendata.records.js';
import type { OpenData } from '../opendata/opendata.service.js';

// The tracker's Atom 1.0 feed (RFC 4287): an entry per published commitment and per report, newest
// first. Entry ids are the records' own UUIDs (urn:uuid:), so a reader never sees one twice.

/** Enough for a reader that looks in now and then; the open data files hold everything. */
export const FEED_MAX_ENTRIES = 200;

const WORDS = {
  en: {
    feed: 'Commitments and progress reports',
    commitment: 'New commitment',
    report: 'Progress report',
    status: {
      not_started: 'not started',
      on_track: 'on track',
      delayed: 'delayed',
      completed: 'completed',
      discontinued: 'discontinued',
    },
    focusArea: 'Focus area',
  },
  id: {
    feed: 'Komitmen dan laporan kemajuan',
    commitment: 'Komitmen baru',
    report: 'Laporan kemajuan',
    status: {
      not_started: 'belum dimulai',
      on_track: 'sesuai rencana',
      delayed: 'terlambat',
      completed: 'selesai',
      discontinued: 'dihentikan',
    },
    focusArea: 'Bidang fokus',
  },
} as const satisfies Record<Language, unknown>;

interface Entry {
  id: string;
  at: string;
  /** The language the entry is written in: the reader's where its texts have it, else English. */
  lang: Language;
  title: string;
  summary: string;
  author: string;
  link: string;
  category: { term: string; label: string };
}

const hasText = (text: LocalizedText, lang: Language) => (text[lang] ?? '').length > 0;
const textIn = (text: LocalizedText, lang: Language) => text[lang] || text.en || '';

function commitmentEntry(c: CommitmentRecord, lang: Language, link: (id: string) => string): Entry {
  const l: Language = hasText(c.title, lang) ? lang : 'en';
  const words = WORDS[l];
  const country = textIn(c.delegation_name, l) || (c.country ?? '');
  return {
    id: `urn:uuid:${c.id}`,
    at: c.published_at ?? c.registered_at,
    lang: l,
    title: `${words.commitment}: ${textIn(c.title, l)} (${country})`,
    summary: `${words.focusArea} ${c.focus_area}, ${c.focus_area_title}. ${textIn(c.description, l)}`,
    author: country,
    link: link(c.id),
    category: { term: 'commitment', label: words.commitment },
  };
}

function reportEntry(r: ReportRecord, c: CommitmentRecord, lang: Language, link: (id: string) => string): Entry {
  const l: Language = hasText(c.title, lang) && hasText(r.narrative, lang) ? lang : 'en';
  const words = WORDS[l];
  const country = textIn(c.delegation_name, l) || (c.country ?? '');
  const status = words.status[r.status as ReportStatus];
  return {
    id: `urn:uuid:${r.id}`,
    at: r.submitted_at,
    lang: l,
    title: `${words.report}: ${textIn(c.title, l)} (${country}): ${status}, ${r.progress} %`,
    summary: textIn(r.narrative, l),
    author: country,
    link: link(c.id),
    category: { term: 'report', label: words.report },
  };
}

const element = (name: string, text: string, attributes = '') => `<${name}${attributes}>${escapeXml(text)}</${name}>`;

function renderEntry(e: Entry, feedLang: Language): string {
  const lang = e.lang === feedLang ? '' : ` xml:lang="${e.lang}"`;
  return [
    `<entry${lang}>`,
    element('id', e.id),
    element('title', e.title, ' type="text"'),
    element('updated', e.at),
    element('published', e.at),
    `<author>${element('name', e.author)}</author>`,
    `<link rel="alternate" type="text/html" href="${escapeXml(e.link)}"/>`,
    `<category term="${escapeXml(e.category.term)}" label="${escapeXml(e.category.label)}"/>`,
    element('summary', e.summary, ' type="text"'),
    '</entry>',
  ].join('\n');
}

export interface FeedLinks {
  /** The feed's own address, in the reader's language. */
  self: string;
  /** The public tracker page. */
  page: string;
  /** A commitment's public page. */
  commitment: (id: string) => string;
  /** The feed's stable id (a tag: URI of the event). */
  id: string;
}

/** The feed in the reader's language: entries in it where their texts have it, marked xml:lang where not. */
export function renderAtom(data: OpenData, lang: Language, links: FeedLinks): string {
  const byId = new Map(data.commitments.map((c) => [c.id, c]));
  const entries: Entry[] = data.commitments.map((c) => commitmentEntry(c, lang, links.commitment));
  for (const r of data.reports) {
    const c = byId.get(r.commitment_id);
    if (c) entries.push(reportEntry(r, c, lang, links.commitment));
  }
  entries.sort((a, b) => (a.at === b.at ? (a.id < b.id ? 1 : -1) : a.at < b.at ? 1 : -1));
  const shown = entries.slice(0, FEED_MAX_ENTRIES);
  const eventName = textIn(data.event.name, lang) || data.event.slug;
  const updated = shown[0]?.at ?? data.event.createdAt.toISOString();
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">`,
    element('id', links.id),
    element('title', `${eventName}: ${WORDS[lang].feed}`, ' type="text"'),
    element('updated', updated),
    `<author>${element('name', eventName)}</author>`,
    `<link rel="self" type="application/atom+xml" href="${escapeXml(links.self)}"/>`,
    `<link rel="alternate" type="text/html" href="${escapeXml(links.page)}"/>`,
    element('generator', 'Pendopo'),
    ...shown.map((e) => renderEntry(e, lang)),
    '</feed>',
    '',
  ].join('\n');
}

/** A tag: URI (RFC 4151) for the event's feed: the public host, the day the event was made, its id. */
export function feedId(publicUrl: string, event: { id: string; createdAt: Date }): string {
  const host = new URL(publicUrl).hostname;
  return `tag:${host},${event.createdAt.toISOString().slice(0, 10)}:events/${event.id}/commitments`;
}
