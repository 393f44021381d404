import type { z } from 'zod';

/** What is wrong with a value, field by field (`articles[3].title: expected string`), for error messages. */
export function describeSchemaIssues(issues: z.ZodError['issues'], maxIssues = 3): string {
  const shown = issues.slice(0, maxIssues).map((issue) => `${formatIssuePath(issue.path)}: ${issue.message}`);
  // A badly damaged file can have thousands of issues; the first few say enough.
  const more = issues.length > maxIssues ? `; and ${issues.length - maxIssues} more` : '';
  return shown.join('; ') + more;
}

function formatIssuePath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(top level)';
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += text === '' ? String(key) : `.${String(key)}`;
  }
  return text;
}
