import { lazy, type ComponentType } from 'react';
import { PageHeading } from '../common/page-heading';

type PageModule = Record<string, unknown>;

/*
 * The dashboard and author pages are written by other helpers and may not
 * exist yet. import.meta.glob yields nothing for a missing file, so the build
 * never breaks and the page simply says it is not available.
 */
const modules = import.meta.glob<PageModule>(['../dashboard/dashboard-page.tsx', '../author/author-page.tsx']);

function Unavailable({ title }: { title: string }) {
  return (
    <section className="panel">
      <PageHeading>{title}</PageHeading>
      <p>This part of Common Ground is not available in this build.</p>
      <p>
        <a href="#/">Back to the library</a>
      </p>
    </section>
  );
}

function optionalPage(path: string, exportName: string, title: string): ComponentType {
  const load = modules[path];
  if (!load) return () => <Unavailable title={title} />;
  return lazy(async () => {
    const module = await load();
    const page = module[exportName] as ComponentType | undefined;
    return { default: page ?? (() => <Unavailable title={title} />) };
  });
}

export const DashboardPage = optionalPage('../dashboard/dashboard-page.tsx', 'DashboardPage', 'Dashboard');
export const AuthorPage = optionalPage('../author/author-page.tsx', 'AuthorPage', 'Author');
