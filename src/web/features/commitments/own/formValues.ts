import type { CommitmentInput, CommitmentType, Priority } from '../../../../shared/commitments.js';
import type { CommitmentDetail } from '../../../../shared/commitmentViews.js';
import type { FieldError } from '../../../lib/api.js';
import { localized, newKey, type TwoLanguages, twoLanguages } from '../../../ui/localized.js';

// The register / edit form's values as the inputs hold them (text), and the commitment the API takes.

export interface TextItem {
  key: string;
  value: string;
}

export interface DeliverableItem {
  key: string;
  /** A deliverable already saved keeps its id, so that the progress reported on it stays with it. */
  id?: string;
  title: TwoLanguages;
  dueOn: string;
  weight: string;
}

export interface CommitmentValues {
  focusAreaId: string;
  paragraphIds: string[];
  title: TwoLanguages;
  description: TwoLanguages;
  type: CommitmentType | '';
  priority: Priority | '';
  startsOn: string;
  endsOn: string;
  partnerCountries: string[];
  partnerOrganisations: TextItem[];
  lead: string;
  baseline: string;
  target: string;
  /** Asked, never assumed: old work must not pass for new. */
  beganBefore: 'yes' | 'no' | '';
  deliverables: DeliverableItem[];
}

export const MAX_DELIVERABLES = 30;

export const newDeliverable = (): DeliverableItem => ({
  key: newKey(),
  title: { en: '', id: '' },
  dueOn: '',
  weight: '1',
});

export const newTextItem = (value = ''): TextItem => ({ key: newKey(), value });

export const emptyValues = (): CommitmentValues => ({
  focusAreaId: '',
  paragraphIds: [],
  title: { en: '', id: '' },
  description: { en: '', id: '' },
  type: '',
  priority: '',
  startsOn: '',
  endsOn: '',
  partnerCountries: [],
  partnerOrganisations: [],
  lead: '',
  baseline: '',
  target: '',
  beganBefore: '',
  deliverables: [newDeliverable()],
});

export function valuesOf(commitment: CommitmentDetail): CommitmentValues {
  return {
    focusAreaId: commitment.focusAreaId,
    paragraphIds: commitment.paragraphIds,
    title: twoLanguages(commitment.title),
    description: twoLanguages(commitment.description),
    type: commitment.type,
    priority: commitment.priority,
    startsOn: commitment.startsOn,
    endsOn: commitment.endsOn ?? '',
    partnerCountries: commitment.partnerCountries,
    partnerOrganisations: commitment.partnerOrganisations.map((name) => newTextItem(name)),
    lead: commitment.lead,
    baseline: commitment.baseline ?? '',
    target: commitment.target ?? '',
    beganBefore: commitment.beganBefore ? 'yes' : 'no',
    deliverables: commitment.deliverables.map((d) => ({
      key: d.id,
      id: d.id,
      title: twoLanguages(d.title),
      dueOn: d.dueOn,
      weight: String(d.weight),
    })),
  };
}

const orNull = (text: string) => text.trim() || null;

/** The commitment to send; languages beyond English and Indonesian that it had are kept. */
export function inputOf(values: CommitmentValues, original?: CommitmentDetail): CommitmentInput {
  const originalDeliverables = new Map(original?.deliverables.map((d) => [d.id, d]));
  return {
    focusAreaId: values.focusAreaId,
    paragraphIds: values.paragraphIds,
    title: localized(values.title, original?.title),
    description: localized(values.description, original?.description),
    type: values.type as CommitmentType,
    priority: values.priority as Priority,
    startsOn: values.startsOn,
    endsOn: orNull(values.endsOn),
    partnerCountries: values.partnerCountries,
    partnerOrganisations: values.partnerOrganisations.map((o) => o.value.trim()).filter(Boolean),
    lead: values.lead.trim(),
    baseline: orNull(values.baseline),
    target: orNull(values.target),
    beganBefore: values.beganBefore === 'yes',
    deliverables: values.deliverables.map((d) => ({
      ...(d.id ? { id: d.id } : {}),
      title: localized(d.title, d.id ? originalDeliverables.get(d.id)?.title : undefined),
      dueOn: d.dueOn,
      weight: Number(d.weight),
    })),
  };
}

const isWeight = (text: string) => /^\d+$/.test(text.trim()) && Number(text) >= 1 && Number(text) <= 100;

/** What the form itself can tell is missing or wrong (messages are keys); the server checks the rest. */
export function checkValues(values: CommitmentValues): (FieldError | null)[] {
  const need = (isMissing: boolean, field: string, message: string) => (isMissing ? { field, message } : null);
  const m = (key: string) => `commitmentsOwn.form.errors.${key}`;
  return [
    need(!values.focusAreaId, 'focusAreaId', m('focusArea')),
    need(!values.title.en.trim(), 'title.en', m('titleEn')),
    need(!values.description.en.trim(), 'description.en', m('descriptionEn')),
    need(!values.type, 'type', m('type')),
    need(!values.priority, 'priority', m('priority')),
    need(!values.startsOn, 'startsOn', m('startsOn')),
    need(Boolean(values.startsOn && values.endsOn && values.endsOn < values.startsOn), 'endsOn', m('endsOn')),
    need(!values.lead.trim(), 'lead', m('lead')),
    need(!values.beganBefore, 'beganBefore', m('beganBefore')),
    need(values.deliverables.length === 0, 'deliverables', m('deliverables')),
    ...values.deliverables.flatMap((d, i) => [
      need(!d.title.en.trim(), `deliverables.${i}.title.en`, m('deliverableTitle')),
      need(!d.dueOn, `deliverables.${i}.dueOn`, m('deliverableDue')),
      need(!isWeight(d.weight), `deliverables.${i}.weight`, m('deliverableWeight')),
    ]),
  ];
}
