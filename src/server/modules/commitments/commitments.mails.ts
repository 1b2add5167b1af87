import type { Template } from '../../core/mail/templates.js';

interface ReminderParams {
  name: string;
  delegation: string;
  event: string;
  /** The due date, written in the event's zone and in UTC. */
  due: string;
  /** The titles of the commitments that owe a report, one per line. */
  commitments: string[];
  /** The delegation's commitments page: signing in is asked there, so no credential is in the mail. */
  page: string;
}

const list = (titles: string[]) => titles.map((title) => `- ${title}`).join('\n');

/** Before a report is due: which commitments owe one, and by when. */
export const commitmentReportDue: Template<ReminderParams> = {
  name: 'commitment_report_due',
  credentials: [],
  en: ({ name, delegation, event, due, commitments, page }) => ({
    subject: `${event}: progress reports of ${delegation} are due on ${due}`,
    text: `Hello ${name},\n\nThe next progress reports on the commitments of ${delegation} under the outcome of ${event} are due on ${due}:\n\n${list(commitments)}\n\nReport the status, the progress of each deliverable and what was done, on the delegation's commitments page (sign in with this e-mail address):\n\n${page}\n\nYou receive this reminder once per reporting period.\n`,
  }),
  id: ({ name, delegation, event, due, commitments, page }) => ({
    subject: `${event}: laporan kemajuan ${delegation} jatuh tempo pada ${due}`,
    text: `Halo ${name},\n\nLaporan kemajuan berikutnya atas komitmen ${delegation} di bawah dokumen hasil ${event} jatuh tempo pada ${due}:\n\n${list(commitments)}\n\nLaporkan status, kemajuan setiap keluaran, dan apa yang telah dilakukan di halaman komitmen delegasi (masuk dengan alamat surel ini):\n\n${page}\n\nPengingat ini dikirim sekali dalam setiap periode pelaporan.\n`,
  }),
};

/** After a report was due and none came: which commitments are late. */
export const commitmentReportLate: Template<ReminderParams> = {
  name: 'commitment_report_late',
  credentials: [],
  en: ({ name, delegation, event, due, commitments, page }) => ({
    subject: `${event}: progress reports of ${delegation} are late`,
    text: `Hello ${name},\n\nThe progress reports on these commitments of ${delegation} under the outcome of ${event} were due on ${due} and have not arrived:\n\n${list(commitments)}\n\nA commitment without a report for two periods is shown as inactive on the public tracker. Report on the delegation's commitments page (sign in with this e-mail address):\n\n${page}\n\nYou receive this reminder once per reporting period.\n`,
  }),
  id: ({ name, delegation, event, due, commitments, page }) => ({
    subject: `${event}: laporan kemajuan ${delegation} terlambat`,
    text: `Halo ${name},\n\nLaporan kemajuan atas komitmen ${delegation} berikut di bawah dokumen hasil ${event} jatuh tempo pada ${due} dan belum diterima:\n\n${list(commitments)}\n\nKomitmen tanpa laporan selama dua periode ditampilkan sebagai tidak aktif di pelacak publik. Laporkan di halaman komitmen delegasi (masuk dengan alamat surel ini):\n\n${page}\n\nPengingat ini dikirim sekali dalam setiap periode pelaporan.\n`,
  }),
};
