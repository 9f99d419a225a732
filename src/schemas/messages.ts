// Used at build time and in the browser: validation messages in Dutch, for authors and visitors.
import { z } from 'astro/zod';

z.config(z.locales.nl());

export { z };
