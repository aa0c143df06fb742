import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Link, Navigate, Route, Routes } from 'react-router';
import { Layout } from './components/Layout.js';
import { I18nProvider, useI18n } from './i18n.js';
import { routes } from './routes.js';
import { homeOf, SessionProvider, useSession } from './session.js';
import { OidcCallbackPage, SignInPage } from './pages/SignIn.js';
import './styles.css';

/** Pages behind sign-in; a page a role may not use is the API's business too (403), the console only hides it. */
function RequireSession({ children }: { children: ReactNode }) {
  const { session } = useSession();
  return session ? children : <Navigate to="/masuk" replace />;
}

function Home() {
  const { session } = useSession();
  return <Navigate to={session ? homeOf(session.actor.role) : '/masuk'} replace />;
}

function NotFound() {
  const { t } = useI18n();
  return (
    <div className="narrow">
      <h1>{t('app.notFound')}</h1>
      <Link to="/">{t('app.back')}</Link>
    </div>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider>
      <SessionProvider>
        <BrowserRouter>
          <Routes>
            <Route element={<Layout />}>
              <Route index element={<Home />} />
              <Route path="masuk" element={<SignInPage />} />
              <Route path="masuk/selesai" element={<OidcCallbackPage />} />
              {routes.map(({ path, element }) => (
                <Route key={path} path={path} element={<RequireSession>{element}</RequireSession>} />
              ))}
              <Route path="*" element={<NotFound />} />
            </Route>
          </Routes>
        </BrowserRouter>
      </SessionProvider>
    </I18nProvider>
  </StrictMode>,
);
