import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { useAccount } from '../lib/session.js';
import { AccountMenu } from './AccountMenu.js';
import { LanguageSwitch, useAccountLanguage } from './LanguageSwitch.js';

/** Every page: skip link, header (site, navigation, language, account), main, footer. */
export function Shell() {
  const { t } = useTranslation();
  const account = useAccount();
  const main = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const isFirstPage = useRef(true);
  useAccountLanguage();

  // A new page is announced where it starts, as a full page load would be.
  useEffect(() => {
    if (isFirstPage.current) {
      isFirstPage.current = false;
      return;
    }
    if (!pathname) return;
    window.scrollTo(0, 0);
    main.current?.focus({ preventScroll: true });
  }, [pathname]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('shell.skipLink')}
      </a>
      <header className="site-header">
        <div className="header-inner">
          <Link to="/" className="site-name">
            {t('site.name')}
          </Link>
          <nav aria-label={t('shell.mainNav')} className="main-nav">
            <ul>
              <li>
                <NavLink to="/" end>
                  {t('shell.events')}
                </NavLink>
              </li>
              {account?.isAdmin && (
                <>
                  <li>
                    <NavLink to="/events/new">{t('shell.newEvent')}</NavLink>
                  </li>
                  <li>
                    <NavLink to="/admin/outbox">{t('shell.allMail')}</NavLink>
                  </li>
                </>
              )}
            </ul>
          </nav>
          <div className="header-tools">
            <LanguageSwitch />
            <AccountMenu />
          </div>
        </div>
      </header>
      <noscript>
        <p className="noscript-note">{t('shell.noScript')}</p>
      </noscript>
      <main id="main" ref={main} tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>{t('shell.footer')}</p>
      </footer>
    </>
  );
}
