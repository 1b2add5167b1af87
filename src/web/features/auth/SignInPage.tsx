import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { explicitNext, landingOf, useAccount, useAfterSignIn, useSession } from '../../lib/session.js';
import { SubmitButton, TextField } from '../../ui/Field.js';
import { looksLikeEmail, useFormErrors } from '../../ui/formErrors.js';
import { ProblemAlert, StatusMessage } from '../../ui/ProblemAlert.js';
import { useDocumentTitle } from '../../ui/text.js';
import { usePasswordSignIn, useRequestMagicLink } from './api.js';

function MagicLinkForm({ next }: { next: string | null }) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const request = useRequestMagicLink(next, setSentTo);
  const errors = useFormErrors(request.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (request.isPending) return;
    setSentTo(null);
    const address = email.trim();
    if (!errors.check([looksLikeEmail(address) ? null : { field: 'email', message: 'signIn.errors.email' }])) return;
    request.reset();
    request.mutate(address);
  };

  return (
    <section aria-labelledby="by-link" className="card">
      <h2 id="by-link">{t('signIn.byLink.title')}</h2>
      <p>{t('signIn.byLink.intro')}</p>
      <StatusMessage>{sentTo ? t('signIn.byLink.sent', { email: sentTo }) : null}</StatusMessage>
      <ProblemAlert error={errors.shown} labels={{ email: t('signIn.email') }} />
      <form onSubmit={submit} noValidate>
        <TextField
          id="link-email"
          label={t('signIn.email')}
          type="email"
          autoComplete="email"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          aria-required
          {...errors.errorFor('email')}
        />
        <SubmitButton isBusy={request.isPending}>{t('signIn.byLink.submit')}</SubmitButton>
      </form>
    </section>
  );
}

function PasswordForm({ next }: { next: string | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const afterSignIn = useAfterSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const signIn = usePasswordSignIn(async () => {
    const session = await afterSignIn();
    await navigate(next ?? landingOf(session), { replace: true });
  });
  const errors = useFormErrors(signIn.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (signIn.isPending) return;
    const isValid = errors.check([
      looksLikeEmail(email.trim()) ? null : { field: 'email', message: 'signIn.errors.email' },
      password ? null : { field: 'password', message: 'signIn.errors.password' },
    ]);
    if (!isValid) return;
    signIn.reset();
    signIn.mutate({ email: email.trim(), password });
  };

  return (
    <section aria-labelledby="by-password" className="card">
      <h2 id="by-password">{t('signIn.byPassword.title')}</h2>
      <p>{t('signIn.byPassword.intro')}</p>
      <ProblemAlert
        error={errors.shown}
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
          aria-required
          {...errors.errorFor('email')}
        />
        <TextField
          id="password"
          label={t('signIn.byPassword.password')}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          aria-required
          {...errors.errorFor('password')}
        />
        <SubmitButton isBusy={signIn.isPending}>{t('signIn.byPassword.submit')}</SubmitButton>
      </form>
    </section>
  );
}

export function SignInPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  // The page that asked for the sign-in, if one did; otherwise each person lands where their role is.
  const next = explicitNext(params.get('next'));
  const account = useAccount();
  const session = useSession().data ?? null;
  useDocumentTitle(t('signIn.title'));
  return (
    <>
      <h1>{t('signIn.title')}</h1>
      {account && (
        <p className="alert alert-success">
          {t('signIn.already', { name: account.name })}{' '}
          <Link to={next ?? landingOf(session)}>{t('signIn.continue')}</Link>
        </p>
      )}
      <div className="two-columns">
        <MagicLinkForm next={next} />
        <PasswordForm next={next} />
      </div>
    </>
  );
}
