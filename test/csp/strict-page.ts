/**
 * The strict-CSP page's own script (a file, as the policy demands): it
 * records every policy violation and gives the page a BX24 host before the
 * bundle defines the element.
 */
import { createBX24 } from '../support/bx24-stand-in.js';

const page = window as unknown as { violations: string[]; BX24?: unknown };
page.violations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  page.violations.push(`${e.effectiveDirective}: ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
});
page.BX24 = createBX24().BX24;
