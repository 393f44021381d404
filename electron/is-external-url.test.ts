import { describe, expect, it } from 'vitest';
import { isExternalUrl } from './is-external-url.js';

describe('isExternalUrl', () => {
  it.each([
    ['https://www.azatutyun.am/a/32101525.html', true],
    ['http://example.com', true],
    ['HTTPS://EXAMPLE.COM/', true],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['smb://server/share', false],
    ['ms-msdt:/id PCWDiagnostic', false],
    ['data:text/html,<script>1</script>', false],
    ['/relative/path', false],
    ['', false],
  ])('%s → %s', (url, expected) => {
    expect(isExternalUrl(url)).toBe(expected);
  });
});
