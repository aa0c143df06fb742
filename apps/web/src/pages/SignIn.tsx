import { ROLES } from '@rujukan/domain';
import { useEffect, useState, type FormEvent } from 'react';
import { Navigate, useNavigate } from 'react-router';
import { apiGet } from '../api.js';
import { ErrorNote, Loading } from '../components/common.js';
import { useI18n } from '../i18n.js';
import { label } from '../labels.js';
import { homeOf, useSession } from '../session.js';

interface DirectoryAgency {
  code: string;
  name: string;
  type: string;
}

const USER_ID = /^[A-Za-z0-9][A-Za-z0-9._@:-]{0,127}$/;

function DevelopmentSignIn() {
  const { t, lang } = useI18n();
  const { signInDevelopment } = useSession();
  const [agencies, setAgencies] = useState<DirectoryAgency[] | null>(null);
  const [agency, setAgency] = useState('');
  const [role, setRole] = useState<string>('caseworker');
  const [userId, setUserId] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [userIdError, setUserIdError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    // A list that arrives after the effect was cleaned up (or a second time) must not replace what the user chose.
    let current = true;
    apiGet<{ agencies: DirectoryAgency[] }>('/auth/dev-sign-in/agencies')
      .then((result) => {
        if (!current) return;
        setAgencies(result.data.agencies);
        const first = result.data.agencies[0]?.code ?? '';
        setAgency((chosen) => chosen || first);
      })
      .catch((failure: unknown) => current && setError(failure));
    return () => {
      current = false;
    };
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const id = userId.trim() || `${role}.${agency}`.toLowerCase();
    if (!USER_ID.test(id)) {
      setUserIdError(t('signIn.userIdHint'));
      return;
    }
    setUserIdError(null);
    setBusy(true);
    try {
      await signInDevelopment({ agency, role, userId: id });
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  if (agencies === null && !error) return <Loading />;
  return (
    <form onSubmit={submit} className="form" noValidate>
      <p className="notice notice-info">{t('signIn.devNotice')}</p>
      {error !== null && <ErrorNote error={error} />}
      {agencies && agencies.length === 0 && <p className="notice notice-warning">{t('signIn.noAgencies')}</p>}
      <div className="field">
        <label htmlFor="signin-agency">{t('signIn.agency')}</label>
        <select id="signin-agency" value={agency} onChange={(e) => setAgency(e.target.value)} required>
          {(agencies ?? []).map((a) => (
            <option key={a.code} value={a.code}>
              {a.name} ({a.code})
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="signin-role">{t('signIn.role')}</label>
        <select id="signin-role" value={role} onChange={(e) => setRole(e.target.value)}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {label(lang, 'role', r)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="signin-user">
          {t('signIn.userId')} <span className="hint">({t('form.optional')})</span>
        </label>
        <input
          id="signin-user"
          value={userId}
          onChange={(e) => setUserId(e.target.value)}
          autoComplete="username"
          aria-describedby="signin-user-hint"
          aria-invalid={userIdError !== null}
          placeholder={`${role}.${agency}`.toLowerCase()}
        />
        <p id="signin-user-hint" className={userIdError ? 'field-error' : 'hint'}>
          {userIdError ?? t('signIn.userIdHint')}
        </p>
      </div>
      <button type="submit" className="button" disabled={busy || !agency}>
        {t('signIn.submit')}
      </button>
    </form>
  );
}

export function SignInPage() {
  const { t } = useI18n();
  const { session, config, expired, signInOidc } = useSession();
  if (session) return <Navigate to={homeOf(session.actor.role)} replace />;
  return (
    <div className="narrow">
      <h1>{t('signIn.title')}</h1>
      {expired && (
        <p className="notice notice-warning" role="status">
          {t('signIn.expired')}
        </p>
      )}
      {config === null && <Loading />}
      {config?.oidc && (
        <div className="panel">
          <p>{t('signIn.oidcNotice')}</p>
          <button type="button" className="button" onClick={() => void signInOidc()}>
            {t('signIn.oidc')}
          </button>
        </div>
      )}
      {config?.developmentSignIn && (
        <div className="panel">
          <DevelopmentSignIn />
        </div>
      )}
    </div>
  );
}

export function OidcCallbackPage() {
  const { t } = useI18n();
  const { session, config, completeOidc } = useSession();
  const navigate = useNavigate();
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    if (config) completeOidc().catch(setError);
  }, [config, completeOidc]);
  useEffect(() => {
    if (session) navigate(homeOf(session.actor.role), { replace: true });
  }, [session, navigate]);
  return (
    <div className="narrow">
      <h1>{t('signIn.title')}</h1>
      {error ? <ErrorNote error={error} /> : <p role="status">{t('signIn.callback')}</p>}
    </div>
  );
}
