import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DelegationWorkspace } from '../../../shared/delegations.js';
import { currentLanguage } from '../../i18n/i18n.js';
import { pickText } from '../../lib/contract.js';
import { ChoiceGroup } from '../../ui/Choices.js';
import { SubmitButton, TextAreaField, TextField } from '../../ui/Field.js';
import { useFormErrors } from '../../ui/formErrors.js';
import { ProblemAlert, StatusMessage } from '../../ui/ProblemAlert.js';
import { useChooseTheme, useSubmitStatement } from './api.js';

interface Props {
  slug: string;
  workspace: DelegationWorkspace;
}

export function ThemeForm({ slug, workspace }: Props) {
  const { t } = useTranslation();
  const { delegation, themes, isLocked } = workspace;
  const choose = useChooseTheme(slug, delegation.id);
  const [themeId, setThemeId] = useState(delegation.theme?.id ?? '');
  const [status, setStatus] = useState<string | null>(null);
  const errors = useFormErrors(choose.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (choose.isPending || isLocked) return;
    setStatus(null);
    if (!errors.check([themeId ? null : { field: 'themeId', message: 'delegations.mine.themeRequired' }])) return;
    choose.mutate(themeId, {
      onSuccess: (answer) => {
        const title = answer.delegation.theme ? pickText(answer.delegation.theme.title, currentLanguage()) : '';
        setStatus(t('delegations.mine.themeSaved', { theme: title }));
      },
    });
  };
  return (
    <form onSubmit={submit} noValidate className="card" aria-labelledby="theme-title">
      <h2 id="theme-title">{t('delegations.mine.themeTitle')}</h2>
      <StatusMessage>{status}</StatusMessage>
      <ProblemAlert error={errors.shown} labels={{ themeId: t('delegations.theme') }} />
      <ChoiceGroup
        id="themeId"
        legend={t('delegations.mine.themeLegend')}
        type="radio"
        value={themeId ? [themeId] : []}
        onChange={([value]) => setThemeId(value ?? '')}
        choices={themes.map((theme) => ({
          value: theme.id,
          label: pickText(theme.title, currentLanguage()),
          note:
            theme.quota === null
              ? t('delegations.mine.noQuota', { taken: theme.taken })
              : t('delegations.mine.quota', { taken: theme.taken, quota: theme.quota }),
        }))}
        {...errors.errorFor('themeId')}
      />
      {!isLocked && <SubmitButton isBusy={choose.isPending}>{t('delegations.mine.chooseTheme')}</SubmitButton>}
    </form>
  );
}

export function StatementForm({ slug, workspace }: Props) {
  const { t } = useTranslation();
  const { delegation, isLocked } = workspace;
  const submitStatement = useSubmitStatement(slug, delegation.id);
  const [english, setEnglish] = useState(delegation.statement.en ?? '');
  const [indonesian, setIndonesian] = useState(delegation.statement.id ?? '');
  const [videoUrl, setVideoUrl] = useState(delegation.statementVideoUrl ?? '');
  const [status, setStatus] = useState<string | null>(null);
  const errors = useFormErrors(submitStatement.error);
  const labels = {
    statement: t('delegations.statement'),
    'statement.en': t('delegations.mine.statementEn'),
    'statement.id': t('delegations.mine.statementId'),
    videoUrl: t('delegations.mine.videoUrl'),
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (submitStatement.isPending || isLocked) return;
    setStatus(null);
    const video = videoUrl.trim();
    const isWritten = Boolean(english.trim() || indonesian.trim());
    const isVideoOk = !video || video.startsWith('https://');
    const own = [
      isWritten ? null : { field: 'statement', message: 'delegations.mine.statementRequired' },
      isVideoOk ? null : { field: 'videoUrl', message: 'delegations.mine.videoHttps' },
    ];
    if (!errors.check(own)) return;
    submitStatement.mutate(
      { statement: { en: english.trim(), id: indonesian.trim() }, videoUrl: video || null },
      { onSuccess: () => setStatus(t('delegations.mine.statementSaved')) },
    );
  };
  const statementError = errors.errorFor('statement');
  return (
    <form onSubmit={submit} noValidate className="card" aria-labelledby="statement-title">
      <h2 id="statement-title">{t('delegations.statement')}</h2>
      <StatusMessage>{status}</StatusMessage>
      <ProblemAlert error={errors.shown} labels={labels} />
      <p id="statement-hint" className="hint">
        {t('delegations.mine.statementHint')}
      </p>
      <TextAreaField
        id="statement-en"
        label={t('delegations.mine.statementEn')}
        lang="en"
        rows={8}
        value={english}
        readOnly={isLocked}
        onChange={(e) => setEnglish(e.target.value)}
        {...(statementError.error ? statementError : errors.errorFor('statement.en'))}
      />
      <TextAreaField
        id="statement-id"
        label={t('delegations.mine.statementId')}
        lang="id"
        rows={8}
        value={indonesian}
        readOnly={isLocked}
        onChange={(e) => setIndonesian(e.target.value)}
        {...errors.errorFor('statement.id')}
      />
      <TextField
        id="statement-video"
        label={t('delegations.mine.videoUrl')}
        hint={t('delegations.mine.videoHint')}
        type="url"
        inputMode="url"
        value={videoUrl}
        readOnly={isLocked}
        onChange={(e) => setVideoUrl(e.target.value)}
        {...errors.errorFor('videoUrl')}
      />
      {!isLocked && <SubmitButton isBusy={submitStatement.isPending}>{t('delegations.mine.submit')}</SubmitButton>}
    </form>
  );
}
