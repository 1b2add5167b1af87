import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { api, isApiError } from '../../app/api.js';
import { useAfterSignIn } from '../../app/session.js';
import { TextField } from '../../ui/Field.js';
import { ProblemAlert, StatusMessage } from '../../ui/ProblemAlert.js';
import { SubmitButton } from '../../ui/SubmitButton.js';
import { useDocumentTitle } from '../../ui/useDocumentTitle.js';
import { safeNext } from './next.js';

const fieldError = (error: unknown, field: string) => (isApiError(error) ? error.fieldError(field) : undefined);

function MagicLinkForm({ next }: { next: string }) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const request = useMutation({
    mutationFn: (address: string) =>
      api.post('/api/auth/magic-link', { email: address, ...(next === '/' ? {} : { redirectTo: next }) }),
    onSuccess: (_data, address) => setSentTo(address),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (request.isPending) return;
    setSentTo(null);
    request.mutate(email.trim());
  };

  return (
    <section aria-labelledby="by-link" className="card">
      <h2 id="by-link">{t('signIn.byLink.title')}</h2>
      <p>{t('signIn.byLink.intro')}</p>
      <StatusMessage>{sentTo ? t('signIn.byLink.sent', { email: sentTo }) : null}</StatusMessage>
      <ProblemAlert error={request.error} labels={{ email: t('signIn.email') }} />
      <form onSubmit={submit} noValidate>
        <TextField
          id="link-email"
          label={t('signIn.email')}
          type="email"
          autoComplete="email"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={fieldError(request.error, 'email')}
        />
        <SubmitButton isBusy={request.isPending}>{t('signIn.byLink.submit')}</SubmitButton>
      </form>
    </section>
  );
}

function PasswordForm({ next }: { next: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const afterSignIn = useAfterSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const signIn = useMutation({
    mutationFn: () => api.post('/api/auth/password', { email: email.trim(), password }),
    onSuccess: async () => {
      await afterSignIn();
      await navigate(next, { replace: true });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!signIn.isPending) signIn.mutate();
  };

  return (
    <section aria-labelledby="by-password" className="card">
      <h2 id="by-password">{t('signIn.byPassword.title')}</h2>
      <p>{t('signIn.byPassword.intro')}</p>
      <ProblemAlert
        error={signIn.error}
        labels={{ email: t('signIn.email'), password: t('signIn.byPassword.password') }}
      />
      <form onSubmit={submit} noValidate>
        <TextField
          id="password-email"
          label={t('signIn.email')}
          type="email"
          autoComplete="username"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={fieldError(signIn.error, 'email')}
        />
        <TextField
          id="password"
          label={t('signIn.byPassword.password')}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={fieldError(signIn.error, 'password')}
        />
        <SubmitButton isBusy={signIn.isPending}>{t('signIn.byPassword.submit')}</SubmitButton>
      </form>
    </section>
  );
}

export function SignInPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  useDocumentTitle(t('signIn.title'));
  return (
    <>
      <h1>{t('signIn.title')}</h1>
      <div className="two-columns">
        <MagicLinkForm next={next} />
        <PasswordForm next={next} />
      </div>
    </>
  );
}
