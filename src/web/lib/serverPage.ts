import { createContext, useContext } from 'react';

/** What a page tells the server while it renders: the document's title and the HTTP status. */
export interface ServerPage {
  title: string | null;
  status: number;
}

/** Given only while the server renders (src/web/render/); the browser has none. */
export const ServerPageContext = createContext<ServerPage | null>(null);

export const useServerPage = () => useContext(ServerPageContext);
