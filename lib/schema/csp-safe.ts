import { z } from 'zod';

// Extension pages forbid eval. zod would probe `new Function` once and fall
// back; the probe still files a CSP violation report, so skip it outright.
// Imported first by every entrypoint that parses with zod.
z.config({ jitless: true });
