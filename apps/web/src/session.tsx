import { UserManager, WebStorageStateStore } from 'oidc-client-ts';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { SERVICE_ROLES } from '@rujukan/domain';
import { apiGet, apiPost, loadSession, saveSession, whenUnauthenticated, type Actor, type Session } from './api.js';

export interface WebConfig {
  /** Development sign-in (POST /auth/dev-sign-in): never in production. */
  developmentSignIn: boolean;
  /** The OpenID Connect provider of production: Authorization Code with PKCE. */
  oidc: { issuer: string; clientId: string; scope: string } | null;
}

interface SessionContext {
  session: Session | null;
  config: WebConfig | null;
  expired: boolean;
  signInDevelopment(input: { agency: string; role: string; userId: string }): Promise<void>;
  signInOidc(): Promise<void>;
  completeOidc(): Promise<void>;
  signOut(): void;
}

const Context = createContext<SessionContext | null>(null);

function userManager(config: WebConfig): UserManager | null {
  if (!config.oidc) return null;
  return new UserManager({
    authority: config.oidc.issuer,
    client_id: config.oidc.clientId,
    redirect_uri: `${location.origin}/masuk/selesai`,
    post_logout_redirect_uri: `${location.origin}/masuk`,
    response_type: 'code',
    scope: config.oidc.scope,
    userStore: new WebStorageStateStore({ store: sessionStorage }),
    // No hidden iframe renewals (the CSP frames nothing): when the token expires the API answers 401 and the person signs in again.
    automaticSilentRenew: false,
  });
}

/** The claims the API reads from a provider's token (it verifies them; the page only shows them). */
function claimsOf(token: string): { actor: Actor; expiresAt: string } {
  const payload = JSON.parse(atob(token.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/'))) as { sub: string; role: string; agency: string; exp: number };
  return { actor: { userId: payload.sub, role: payload.role, agency: payload.agency }, expiresAt: new Date(payload.exp * 1000).toISOString() };
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(() => loadSession());
  const [config, setConfig] = useState<WebConfig | null>(null);
  const [expired, setExpired] = useState(false);

  useEffect(() => {
    apiGet<WebConfig>('/web-config')
      .then((result) => setConfig(result.data))
      .catch(() => setConfig({ developmentSignIn: false, oidc: null }));
  }, []);

  const signOut = useCallback(() => {
    saveSession(null);
    setSession(null);
  }, []);

  useEffect(() => {
    whenUnauthenticated(() => {
      saveSession(null);
      setSession(null);
      setExpired(true);
    });
  }, []);

  const value = useMemo<SessionContext>(
    () => ({
      session,
      config,
      expired,
      async signInDevelopment(input) {
        const answer = await apiPost<{ token: string; actor: Actor; expiresAt: string }>('/auth/dev-sign-in', input);
        const next: Session = { token: answer.token, actor: answer.actor, expiresAt: answer.expiresAt, via: 'development' };
        saveSession(next);
        setExpired(false);
        setSession(next);
      },
      async signInOidc() {
        if (config) await userManager(config)?.signinRedirect();
      },
      async completeOidc() {
        const manager = config && userManager(config);
        if (!manager) return;
        const user = await manager.signinRedirectCallback();
        const next: Session = { token: user.access_token, ...claimsOf(user.access_token), via: 'oidc' };
        saveSession(next);
        setExpired(false);
        setSession(next);
      },
      signOut,
    }),
    [session, config, expired, signOut],
  );
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useSession(): SessionContext {
  const context = useContext(Context);
  if (!context) throw new Error('useSession outside SessionProvider');
  return context;
}

export const isServiceRole = (role: string) => (SERVICE_ROLES as readonly string[]).includes(role);
export const isCaseStaff = (role: string) => role === 'caseworker' || role === 'supervisor';

/** Where each role starts. */
export function homeOf(role: string): string {
  if (role === 'auditor') return '/pemeriksaan';
  if (role === 'task_force_analyst') return '/statistik';
  if (role === 'task_force_coordinator') return '/rencana-aksi';
  if (role === 'administrator') return '/pemberitahuan-gagal';
  return '/antrian';
}
