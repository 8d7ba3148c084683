import type { Route } from './parse-route';

const MAIN_LINKS = [
  { href: '#/', label: 'Library', matches: ['library', 'play', 'add'] },
  { href: '#/history', label: 'History', matches: ['history', 'debrief'] },
  { href: '#/settings', label: 'Settings', matches: ['settings'] },
  { href: '#/privacy', label: 'Privacy', matches: ['privacy'] },
] as const;

const INSTRUCTOR_LINKS = [
  { href: '#/dashboard', label: 'Dashboard', matches: ['dashboard'] },
  { href: '#/author', label: 'Author', matches: ['author'] },
] as const;

function NavList({ links, route }: { links: readonly (typeof MAIN_LINKS)[number][] | typeof INSTRUCTOR_LINKS; route: Route }) {
  return (
    <ul>
      {links.map((link) => {
        const current = (link.matches as readonly string[]).includes(route.name);
        return (
          <li key={link.href}>
            <a href={link.href} aria-current={current ? 'page' : undefined}>
              {link.label}
            </a>
          </li>
        );
      })}
    </ul>
  );
}

/** Skip link, brand and navigation. Instructor tools sit apart, after the trainee's links. */
export function SiteHeader({ route }: { route: Route }) {
  return (
    <header className="site-header">
      <a className="skip-link" href="#main" onClick={skipToMain}>
        Skip to main content
      </a>
      <div className="site-header-inner">
        <a className="brand" href="#/">
          <svg aria-hidden="true" width="22" height="22" viewBox="0 0 24 24">
            <circle cx="9" cy="12" r="7" fill="none" stroke="currentColor" strokeWidth="2" />
            <circle cx="15" cy="12" r="7" fill="none" stroke="currentColor" strokeWidth="2" />
          </svg>
          Common Ground
        </a>
        <nav aria-label="Main" className="main-nav">
          <NavList links={MAIN_LINKS} route={route} />
        </nav>
        <nav aria-label="Instructor tools" className="instructor-nav">
          <NavList links={INSTRUCTOR_LINKS} route={route} />
        </nav>
      </div>
    </header>
  );
}

/** A hash link would change the route; move focus to <main> instead. */
function skipToMain(event: React.MouseEvent) {
  event.preventDefault();
  document.getElementById('main')?.focus();
}
