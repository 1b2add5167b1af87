import './editor/editor.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { OUTCOME_POLICY } from '../../../shared/policies.js';
import { pagePath } from '../../../shared/routes.js';
import { currentLanguage } from '../../i18n/i18n.js';
import { pickText } from '../../lib/contract.js';
import { may, useAccount, useSession } from '../../lib/session.js';
import { LoadError, Loading, NotAllowed, SignInRequired } from '../../ui/States.js';
import { Localized, useDocumentTitle } from '../../ui/text.js';
import { useEvent } from '../events/index.js';
import { ReadOnlyText } from './editor/ReadOnlyText.js';
import { StagePanel } from './editor/StagePanel.js';
import { isEditable } from './editor/stages.js';
import { TextEditor } from './editor/TextEditor.js';
import { VersionHistory } from './editor/VersionHistory.js';
import { useWorking } from './work/api.js';

function RelatedLinks({ slug }: { slug: string }) {
  const { t } = useTranslation();
  return (
    <nav className="editor-links" aria-label={t('outcomeEditor.links.title')}>
      <ul>
        <li>
          <Link to={pagePath('outcomeAmendments', { slug })}>{t('outcomeEditor.links.amendments')}</Link>
        </li>
        <li>
          <Link to={pagePath('outcomeAdoption', { slug })}>{t('outcomeEditor.links.adoption')}</Link>
        </li>
        <li>
          <Link to={pagePath('outcome', { slug })}>{t('outcomeEditor.links.public')}</Link>
        </li>
      </ul>
    </nav>
  );
}

/** The chair's page, for the event's staff: the stage, the text and its versions. */
function Editor({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const event = useEvent(slug);
  const working = useWorking(slug);
  const [hasUnsavedText, setHasUnsavedText] = useState(false);
  const failed = event.isError || working.isError;
  const name = event.data ? pickText(event.data.name, currentLanguage()) : '';
  useDocumentTitle(failed ? null : `${t('outcomeEditor.title')}: ${name}`);

  if (event.isError) return <LoadError error={event.error} onRetry={() => void event.refetch()} />;
  if (working.isError) return <LoadError error={working.error} onRetry={() => void working.refetch()} />;
  if (event.isPending || working.isPending) return <Loading />;
  const doc = working.data;
  return (
    <div className="outcome-editor">
      <h1>
        {t('outcomeEditor.title')}
        <span className="subtitle">
          <Link to={pagePath('event', { slug })}>
            <Localized text={event.data.name} />
          </Link>
        </span>
      </h1>
      <p>{t('outcomeEditor.intro')}</p>
      <RelatedLinks slug={slug} />
      <StagePanel slug={slug} event={event.data} working={doc} hasUnsavedText={hasUnsavedText} />
      <section className="editor-text" aria-labelledby="editor-text-title">
        <h2 id="editor-text-title">{t('outcomeEditor.text.title')}</h2>
        {isEditable(doc.stage) ? (
          <TextEditor slug={slug} working={doc} onDirtyChange={setHasUnsavedText} />
        ) : (
          <ReadOnlyText slug={slug} working={doc} />
        )}
      </section>
      <VersionHistory slug={slug} event={event.data} />
    </div>
  );
}

/** The outcome document's editor: the organizers and the secretariat draft, move and version the chair's text. */
export function EditorPage() {
  const { slug = '' } = useParams();
  const session = useSession();
  const account = useAccount();
  if (session.isPending) return <Loading />;
  if (!account) return <SignInRequired />;
  // The server decides; the page does not ask for what the reader may not read.
  if (!may(account, OUTCOME_POLICY.editText, { slug })) return <NotAllowed />;
  return <Editor slug={slug} />;
}
