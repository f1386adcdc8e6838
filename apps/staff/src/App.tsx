// The staff app shell: landmarks, navigation, banners, and the screens by path. Screens used less
// often (submission detail, print, admin, account) load on demand to keep the first load small.
import { lazy, Suspense, useEffect, useRef } from 'react';
import { ConnectionBanner, IdleWarning, SoundToggle, UrgentBanner } from './components/Banners';
import { Loading } from './components/Loading';
import { Link, matchPath, usePath } from './lib/router';
import { useStickyOffset } from './lib/sticky-offset';
import { LiveEventsProvider } from './session/live-events';
import { SessionProvider, useSession } from './session/session';
import { LockScreen } from './screens/LockScreen';
import { NewVisit } from './screens/NewVisit';
import { Queue } from './screens/Queue';
import { SignIn } from './screens/SignIn';

const SubmissionScreen = lazy(() => import('./screens/submission/SubmissionScreen'));
const PrintScreen = lazy(() => import('./screens/print/PrintScreen'));
const AdminScreen = lazy(() => import('./screens/admin/AdminScreen'));
const AccountScreen = lazy(() => import('./screens/AccountScreen'));

export function App() {
  return (
    <SessionProvider signedOut={(onSignedIn) => <SignIn onSignedIn={onSignedIn} />}>
      <SignedIn />
    </SessionProvider>
  );
}

function SignedIn() {
  const { me, locked, hasRole } = useSession();
  const clinical = hasRole('nurse', 'clinician');
  if (me.enrolmentOnly || me.user.passwordChangeRequired)
    return (
      <Suspense fallback={<Loading />}>
        <AccountScreen
          mode={me.user.passwordChangeRequired ? 'password-change-required' : 'enrolment-only'}
        />
      </Suspense>
    );
  return (
    <LiveEventsProvider enabled={clinical}>
      <a href="#main" className="skip-link">
        Skip to main content
      </a>
      <Header />
      <Banners clinical={clinical} />
      {locked ? <LockScreen /> : <Screens />}
      {!locked && <IdleWarning />}
    </LiveEventsProvider>
  );
}

function Banners({ clinical }: { clinical: boolean }) {
  const banners = useRef<HTMLDivElement>(null);
  useStickyOffset(banners);
  return (
    <div className="banners" ref={banners}>
      {clinical && <UrgentBanner />}
      {clinical && <ConnectionBanner />}
    </div>
  );
}

function Header() {
  const { me, locked, hasRole, signOut } = useSession();
  const path = usePath();
  const current = (prefix: string) =>
    (prefix === '/' ? path === '/' : path.startsWith(prefix)) ? 'page' : undefined;
  return (
    <header className="app-header">
      <p className="brand">Preflight</p>
      {!locked && (
        <nav aria-label="Main">
          <ul>
            {hasRole('nurse', 'clinician') && (
              <>
                <li>
                  <Link to="/" aria-current={current('/')}>
                    Triage queue
                  </Link>
                </li>
                <li>
                  <Link to="/visits/new" aria-current={current('/visits')}>
                    New visit
                  </Link>
                </li>
              </>
            )}
            {hasRole('admin') && (
              <li>
                <Link to="/admin" aria-current={current('/admin')}>
                  Admin
                </Link>
              </li>
            )}
            <li>
              <Link to="/account" aria-current={current('/account')}>
                My account
              </Link>
            </li>
          </ul>
        </nav>
      )}
      <div className="who">
        {hasRole('nurse', 'clinician') && <SoundToggle className="header-sound" />}
        <span className="who-name">
          {me.user.displayName}
          <span className="sr-only"> · </span>
          <span className="who-roles">{me.roles.join(', ')}</span>
        </span>
        <button type="button" className="header-button" onClick={() => void signOut()}>
          Sign out
        </button>
      </div>
    </header>
  );
}

function Screens() {
  const path = usePath();
  const { hasRole } = useSession();
  const clinical = hasRole('nurse', 'clinician');
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [path]);

  let screen;
  let params: Record<string, string> | null;
  if (path === '/' && clinical) screen = <Queue />;
  else if (path === '/' && hasRole('admin')) screen = <AdminScreen />;
  else if (path === '/visits/new' && clinical) screen = <NewVisit />;
  else if ((params = matchPath('/submissions/:id/print', path)) && clinical)
    screen = <PrintScreen submissionId={params.id!} />;
  else if ((params = matchPath('/submissions/:id', path)) && clinical)
    screen = <SubmissionScreen key={params.id} submissionId={params.id!} />;
  else if (path.startsWith('/admin') && hasRole('admin')) screen = <AdminScreen />;
  else if (path === '/account') screen = <AccountScreen />;
  else
    screen = (
      <main id="main">
        <h1 tabIndex={-1}>Page not found</h1>
        <p>
          <Link to="/">Go to the start page</Link>
        </p>
      </main>
    );
  return <Suspense fallback={<Loading />}>{screen}</Suspense>;
}
