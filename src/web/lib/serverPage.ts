import { createContext, useContext } from 'react';

/** A feed of the page (`<link rel="alternate">` in the head): its title in the page's language, its address. */
export interface PageFeed {
  title: string;
  href: string;
}

/** What a page tells the server while it renders: the document's title, the HTTP status, its feeds. */
export interface ServerPage {
  title: string | null;
  status: number;
  feeds: PageFeed[];
}

/** Given only while the server renders (src/web/render/); the browser has none. */
export const ServerPageContext = createContext<ServerPage | null>(null);

export const useServerPage = () => useContext(ServerPageContext);
