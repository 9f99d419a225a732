// Links through the production nginx: the longest link the builder can make opens, anything
// longer gets the site's Dutch 414 page with the security headers, and so do nginx's own errors.
// The same probes run against the Node fallback in tests/e2e/links.spec.ts.
import { errorProbes, linkServerTests } from '../e2e/support/link-server';

// nginx also refuses to list a folder without an index page (the fallback answers 404 there).
linkServerTests(() => '', [...errorProbes, ['GET', '/_astro/', 403, 'Geen toegang']]);
