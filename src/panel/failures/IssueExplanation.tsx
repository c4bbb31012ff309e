import type { FailureExplanation } from '../../content/failures';

/** Why the issue exists, what each side sees, and the standard fix, from the content module. */
export function IssueWhy({ issue, withSymptoms = true }: { issue: FailureExplanation; withSymptoms?: boolean }) {
  return (
    <>
      <p>
        <strong>Why: </strong>
        {issue.why}
      </p>
      {withSymptoms && (
        <dl className="failures__sees">
          <dt>What the user sees</dt>
          <dd>{issue.userSees}</dd>
          <dt>What the operator sees</dt>
          <dd>{issue.operatorSees}</dd>
        </dl>
      )}
    </>
  );
}

/** The "How it is fixed" callout. */
export function IssueFix({ issue }: { issue: FailureExplanation }) {
  return (
    <div className="callout callout--fix">
      <p>
        <strong>How it is fixed</strong>
      </p>
      <p>{issue.fix}</p>
    </div>
  );
}
