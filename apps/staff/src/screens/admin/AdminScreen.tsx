// Admin: staff accounts and roles, sites, which roles must use TOTP, and the audit log.
import { Link, usePath } from '../../lib/router';
import { AuditLog } from './AuditLog';
import { SecuritySettings } from './SecuritySettings';
import { Sites } from './Sites';
import { Users } from './Users';

const TABS = [
  { path: '/admin', label: 'Staff accounts' },
  { path: '/admin/sites', label: 'Sites' },
  { path: '/admin/security', label: 'Sign-in security' },
  { path: '/admin/audit', label: 'Audit log' },
] as const;

export default function AdminScreen() {
  const path = usePath();
  const current = TABS.find((tab) => tab.path === path) ?? TABS[0];
  return (
    <main id="main">
      <h1 tabIndex={-1}>Admin: {current.label.toLowerCase()}</h1>
      <nav aria-label="Admin sections" className="subnav">
        <ul>
          {TABS.map((tab) => (
            <li key={tab.path}>
              <Link to={tab.path} aria-current={tab.path === current.path ? 'page' : undefined}>
                {tab.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {current.path === '/admin' && <Users />}
      {current.path === '/admin/sites' && <Sites />}
      {current.path === '/admin/security' && <SecuritySettings />}
      {current.path === '/admin/audit' && <AuditLog />}
    </main>
  );
}
