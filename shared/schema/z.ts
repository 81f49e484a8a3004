import * as z from 'zod';

// Zod compiles validators with `new Function` unless told not to; the renderer runs under a
// Content-Security-Policy without 'unsafe-eval', so every side validates the slow, safe way.
z.config({ jitless: true });

export { z };
