import { spawnSync } from 'node:child_process';

const FEEDPARSER = '/usr/bin/python3';
/** feedparser's reading of a feed on stdin, as JSON: what a standard feed reader makes of it. */
const FEEDPARSER_SCRIPT = `
import sys, json, feedparser
d = feedparser.parse(sys.stdin.buffer.read())
print(json.dumps({"bozo": bool(d.bozo), "error": str(d.get("bozo_exception", "")), "version": d.version,
  "title": d.feed.get("title"), "language": d.feed.get("language"),
  "entries": [{"id": e.id, "title": e.title, "link": e.link, "updated": e.updated, "language": e.get("title_detail", {}).get("language"),
    "summary": e.get("summary"), "tags": [t.term for t in e.get("tags", [])]} for e in d.entries]}))
`;
export const hasFeedparser = () => spawnSync(FEEDPARSER, ['-c', 'import feedparser']).status === 0;

export function feedparse(xml: string) {
  const run = spawnSync(FEEDPARSER, ['-c', FEEDPARSER_SCRIPT], { input: xml, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as {
    bozo: boolean;
    error: string;
    version: string;
    title: string;
    language: string;
    entries: { id: string; title: string; link: string; updated: string; language: string; tags: string[] }[];
  };
}
