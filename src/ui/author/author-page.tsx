import './author.css';
import { lazy, Suspense, useCallback, useContext, useMemo, useRef, useState } from 'react';
import { PageHeading } from '../common/page-heading';
import { AppDataContext } from '../data/app-data-context';
import { AnalysisPanel } from './analysis/analysis-panel';
import { Tabs } from './common/tabs';
import { DiagnosticsList } from './diagnostics/diagnostics-list';
import { DocumentBar } from './document-bar';
import { guideHref } from './guide/guide-link';
import { downloadFile } from '../common/download-file';
import { draftsOf, type DraftRecord, type DraftsPort } from './drafts/drafts-port';
import { useDraftAutosave } from './drafts/use-draft-autosave';
import { useDrafts } from './drafts/use-drafts';
import { YamlEditor, type YamlEditorHandle } from './editor/yaml-editor';
import type { GraphNode } from './graph/graph-model';
import { GraphView } from './graph/graph-view';
import { OpenPanel } from './open/open-panel';
import { PreviewPanel } from './preview/preview-panel';
import { PublishPanel } from './publish/publish-panel';
import { RestoredNotice } from './restored-notice';
import { useAuthorDocument } from './use-author-document';
import { useValidation, type ValidatorFactory } from './validation/use-validation';
import { createValidators } from './validation/validator';

// The guide's text is a chunk of its own: most visits to the Author page never open it.
const AuthoringGuideView = lazy(() => import('./guide/authoring-guide-view').then((m) => ({ default: m.AuthoringGuideView })));

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const formatTime = (at: number) => timeFormat.format(at);

interface Props {
  /** Tests pass an in-memory port; the app uses the store's drafts table. */
  drafts?: DraftsPort | null;
  /** Tests check on the main thread; the app uses web workers. */
  validators?: ValidatorFactory;
  /** Set while the authoring guide is open (`#/author/guide/<section>`); the editor stays mounted, hidden, beneath it. */
  guide?: { section: string | null } | undefined;
}

/**
 * #/author, for instructors: open or start a scenario file, edit it with the
 * checker's diagnostics inline, see its graph, preview it from any node, read
 * its analysis, download it, read the authoring guide. Loaded lazily, so trainees never download the
 * editor, the YAML parser or the schema.
 */
export function AuthorPage({ drafts: draftsProp, validators = createValidators, guide }: Props) {
  const app = useContext(AppDataContext);
  const drafts = draftsProp === undefined ? draftsOf(app?.store) : draftsProp;
  const { doc, open, edit, dismissRestored } = useAuthorDocument();
  const editor = useRef<YamlEditorHandle>(null);
  const [tab, setTab] = useState('problems');
  const validation = useValidation(doc?.text ?? null, doc?.fileName ?? '', doc?.key ?? 0, validators);
  const draft = useMemo(() => (doc ? { id: doc.fileName, fileName: doc.fileName, text: doc.text } : null), [doc]);
  const saveState = useDraftAutosave(drafts, draft);
  const onRestore = useCallback((d: DraftRecord) => open(d.fileName, d.text, d.updatedAt), [open]);
  const { drafts: savedDrafts, remove } = useDrafts(drafts, onRestore, doc === null);
  const jump = useCallback((line: number, col = 1) => editor.current?.goTo(line, col), []);
  const openNode = useCallback((node: GraphNode) => jump(node.line || 1), [jump]);

  const result = validation.result;
  const diagnostics = result?.diagnostics ?? [];
  const analysed = result?.analysed ? result.compiled : null;
  const waitingFor = !result ? 'Checking…' : !result.ok ? 'The analysis runs once the file has no errors.' : 'Running the route analysis…';

  const openPanel = <OpenPanel onOpen={open} drafts={savedDrafts} onDeleteDraft={(id) => void remove(id)} formatTime={formatTime} />;
  return (
    <div className="author-page">
      {guide && (
        <Suspense fallback={<p className="loading">Loading the authoring guide…</p>}>
          <AuthoringGuideView section={guide.section} />
        </Suspense>
      )}
      <div hidden={guide !== undefined}>
        {!guide && (
          <>
            <PageHeading>Author a scenario</PageHeading>
            <p className="lead">
              Write a conversation as a <code>.scenario.yaml</code> file. It is checked as you type, with the same codes and line numbers as{' '}
              <code>npm run check-scenarios</code>. <a href={guideHref()}>The authoring guide</a> explains every field and every code.
            </p>
          </>
        )}
        {doc?.restoredFrom != null && (
          <RestoredNotice fileName={doc.fileName} at={formatTime(doc.restoredFrom)} onDismiss={dismissRestored} />
        )}
        {!doc ? (
          <section className="panel author-section" aria-labelledby="author-open-heading">
            <h2 id="author-open-heading">Open or start a scenario</h2>
            {openPanel}
          </section>
        ) : (
          <>
            <DocumentBar
              fileName={doc.fileName}
              saveState={saveState}
              formatTime={formatTime}
              onDownload={() => downloadFile(doc.fileName, doc.text, 'application/yaml;charset=utf-8')}
            />
            <details className="author-open-another">
              <summary>Open or start another scenario</summary>
              {openPanel}
            </details>
            <details className="author-open-another">
              <summary>Publish for trainees</summary>
              <PublishPanel
                open={{ fileName: doc.fileName, text: doc.text }}
                openScenario={result?.compiled?.scenario ?? null}
                drafts={savedDrafts}
              />
            </details>
            <div className="author-workspace">
              <section className="author-editor-pane" aria-labelledby="author-editor-heading">
                <h2 id="author-editor-heading">Scenario file</h2>
                <YamlEditor
                  key={doc.key}
                  ref={editor}
                  initialText={doc.initialText}
                  onChange={edit}
                  diagnostics={diagnostics}
                  label={`Scenario file ${doc.fileName}`}
                />
              </section>
              <section className="author-side" aria-label="Checks, preview and analysis">
                <Tabs
                  label="Checks, preview and analysis"
                  selected={tab}
                  onSelect={setTab}
                  tabs={[
                    {
                      id: 'problems',
                      label: `Problems (${diagnostics.length})`,
                      panel: (
                        <DiagnosticsList
                          diagnostics={diagnostics}
                          onJump={jump}
                          checking={validation.checking}
                          analysed={result?.analysed ?? false}
                        />
                      ),
                    },
                    { id: 'preview', label: 'Preview', panel: <PreviewPanel compiled={result?.compiled ?? null} /> },
                    {
                      id: 'analysis',
                      label: 'Analysis',
                      panel: <AnalysisPanel compiled={analysed} stats={result?.stats ?? null} waitingFor={waitingFor} />,
                    },
                  ]}
                />
              </section>
            </div>
            <section className="panel author-section author-graph-section" aria-labelledby="author-graph-heading">
              <h2 id="author-graph-heading">Graph</h2>
              {validation.graph ? (
                <GraphView layout={validation.graph} stale={validation.graphStale} onOpenNode={openNode} />
              ) : (
                <p>The graph appears once the file has the shape of a scenario (a schemaVersion, nodes and endings).</p>
              )}
            </section>
          </>
        )}
      </div>
    </div>
  );
}
