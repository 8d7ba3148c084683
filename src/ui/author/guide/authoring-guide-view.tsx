import { guide } from 'virtual:authoring-guide';
import { GuideView } from './guide-view';

/** The guide with its text: a chunk of its own, downloaded only when someone opens the guide. */
export function AuthoringGuideView({ section }: { section: string | null }) {
  return <GuideView guide={guide} section={section} />;
}
