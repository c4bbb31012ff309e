import { markTerms } from '../../content/glossary';
import type { FailureExplanation } from '../../content/failures';
import { Glossed } from '../glossary/Glossed';
import { t, tx } from '../../i18n/t';

/** Why the issue exists, what each side sees, and the standard fix, from the content module. */
export function IssueWhy({ issue, withSymptoms = true }: { issue: FailureExplanation; withSymptoms?: boolean }) {
  const [why, userSees, operatorSees] = markTerms([tx(issue.why), tx(issue.userSees), tx(issue.operatorSees)]);
  return (
    <>
      <p>
        <strong>{t('Why: ')}</strong>
        <Glossed parts={why!} />
      </p>
      {withSymptoms && (
        <dl className="failures__sees">
          <dt>{t('What the user sees')}</dt>
          <dd>
            <Glossed parts={userSees!} />
          </dd>
          <dt>{t('What the operator sees')}</dt>
          <dd>
            <Glossed parts={operatorSees!} />
          </dd>
        </dl>
      )}
    </>
  );
}

/** The "How it is fixed" callout. */
export function IssueFix({ issue }: { issue: FailureExplanation }) {
  const [fix] = markTerms([tx(issue.fix)]);
  return (
    <div className="callout callout--fix">
      <p>
        <strong>{t('How it is fixed')}</strong>
      </p>
      <p>
        <Glossed parts={fix!} />
      </p>
    </div>
  );
}
