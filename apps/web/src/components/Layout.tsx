import { Fragment, useEffect, useRef } from 'react';
import { timeZoneOfProvince } from '@rujukan/domain';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { showTimesIn } from '../format.js';
import { useI18n, type Lang } from '../i18n.js';
import { label } from '../labels.js';
import { isCaseStaff, isServiceRole, useSession } from '../session.js';
import { useNames } from '../use-names.js';
import { useAgencies } from './CommandForm.js';
import { usePorts } from '../ports.js';

function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  return (
    <div className="lang-switch" role="group" aria-label={t('app.language')}>
      {(['id', 'en'] as Lang[]).map((code) => (
        <button key={code} type="button" className="link-button" aria-pressed={lang === code} onClick={() => setLang(code)} lang={code}>
          {code === 'id' ? 'Bahasa Indonesia' : 'English'}
        </button>
      ))}
    </div>
  );
}

/** Header, navigation by role, and the page; focus moves to the page's heading after each navigation (screen readers hear the new page). */
export function Layout() {
  const { t, lang } = useI18n();
  const { session, signOut } = useSession();
  const names = useNames();
  const location = useLocation();
  const main = useRef<HTMLElement>(null);
  // Times are read in the zone of the signed-in person's agency (WITA in Balikpapan, WIT in Jayapura): set before the
  // page renders, and the page drawn again if the directory arrives after it.
  const agencies = useAgencies();
  // Transit points are port codes: their names, for every page that shows one (the page is drawn again when they arrive).
  usePorts();
  const zone = timeZoneOfProvince(agencies.find((agency) => agency.code === session?.actor.agency)?.provinceCode);
  showTimesIn(zone);

  useEffect(() => {
    const heading = main.current?.querySelector('h1');
    if (heading) {
      heading.setAttribute('tabindex', '-1');
      heading.focus({ preventScroll: false });
    }
  }, [location.pathname]);

  const role = session?.actor.role ?? '';
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <header className="site-header">
        <div className="header-row">
          <Link to="/" className="brand">
            <span className="brand-mark" aria-hidden="true">
              R
            </span>
            <span>
              <span className="brand-name">{t('app.name')}</span>
              <span className="brand-tagline">{t('app.tagline')}</span>
            </span>
          </Link>
          <LanguageSwitch />
        </div>
        {session && (
          <div className="header-row header-user">
            <nav aria-label={t('nav.main')} className="main-nav">
              {isServiceRole(role) && <NavLink to="/antrian">{t('nav.queue')}</NavLink>}
              {isServiceRole(role) && (
                <NavLink to="/kasus" end>
                  {t('nav.cases')}
                </NavLink>
              )}
              {role === 'supervisor' && <NavLink to="/kotak-masuk">{t('nav.inbox')}</NavLink>}
              {role === 'supervisor' && <NavLink to="/kasus-ganda">{t('nav.duplicates')}</NavLink>}
              {isCaseStaff(role) && <NavLink to="/kasus-baru">{t('nav.newCase')}</NavLink>}
              {role === 'auditor' && <NavLink to="/pemeriksaan">{t('nav.audit')}</NavLink>}
              {role === 'task_force_analyst' && <NavLink to="/statistik">{t('nav.stats')}</NavLink>}
              {['task_force_coordinator', 'task_force_analyst', 'auditor'].includes(role) && <NavLink to="/rencana-aksi">{t('nav.plans')}</NavLink>}
              {['task_force_coordinator', 'task_force_analyst', 'auditor'].includes(role) && <NavLink to="/mou">{t('nav.mous')}</NavLink>}
              {role === 'administrator' && <NavLink to="/pemberitahuan-gagal">{t('nav.deadLetters')}</NavLink>}
            </nav>
            <p className="who">
              {t('app.signedInAs', { user: session.actor.userId, role: label(lang, 'role', role), agency: names.agency(session.actor.agency) })}{' '}
              <button type="button" className="link-button" onClick={signOut}>
                {t('app.signOut')}
              </button>
            </p>
          </div>
        )}
      </header>
      <main id="main" ref={main}>
        <Fragment key={zone}>
          <Outlet />
        </Fragment>
      </main>
    </>
  );
}
