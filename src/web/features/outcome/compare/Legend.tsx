import { useTranslation } from 'react-i18next';

/** What the marks mean: said in words, each with an example of its look. */
export function Legend() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="compare-legend" className="compare-legend">
      <h2 id="compare-legend">{t('outcomeCompare.legend.title')}</h2>
      <dl>
        <div>
          <dt className="word-diff">
            <ins>{t('outcomeCompare.legend.insertedExample')}</ins>
          </dt>
          <dd>{t('outcomeCompare.legend.inserted')}</dd>
        </div>
        <div>
          <dt className="word-diff">
            <del>{t('outcomeCompare.legend.deletedExample')}</del>
          </dt>
          <dd>{t('outcomeCompare.legend.deleted')}</dd>
        </div>
        <div>
          <dt className="compare-number">{t('outcomeCompare.number.renumbered', { from: '2', to: '3' })}</dt>
          <dd>{t('outcomeCompare.legend.renumbered')}</dd>
        </div>
        <div>
          <dt className="compare-number">{t('outcomeCompare.number.inserted', { number: '3' })}</dt>
          <dd>{t('outcomeCompare.legend.new')}</dd>
        </div>
        <div>
          <dt className="compare-number">{t('outcomeCompare.number.deleted', { number: '4' })}</dt>
          <dd>{t('outcomeCompare.legend.gone')}</dd>
        </div>
      </dl>
    </section>
  );
}
