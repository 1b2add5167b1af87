import { useEffect } from 'react';
import { type PageFeed, useServerPage } from '../lib/serverPage.js';

const SELECTOR = 'link[rel="alternate"][data-feed]';

/**
 * The page's Atom feed as `<link rel="alternate">` in the head, titled in the page's language: the
 * server puts it in the head it renders; in the browser it follows the language and the page.
 */
export function useFeedLink(feed: PageFeed | null) {
  const serverPage = useServerPage();
  if (serverPage && feed) serverPage.feeds.push(feed);
  const title = feed?.title;
  const href = feed?.href;
  useEffect(() => {
    for (const old of document.head.querySelectorAll(SELECTOR)) old.remove();
    if (!title || !href) return;
    const link = Object.assign(document.createElement('link'), {
      rel: 'alternate',
      type: 'application/atom+xml',
      title,
      href,
    });
    link.dataset.feed = '';
    document.head.append(link);
    return () => link.remove();
  }, [title, href]);
}
