import { zValidator } from '@hono/zod-validator';
import type { ValidationTargets } from 'hono';
import type { z } from 'zod';
import { validationHook } from './errors.ts';

/** zValidator with the hub's error shape. */
export const valid = <T extends z.ZodType, K extends keyof ValidationTargets>(target: K, schema: T) => zValidator(target, schema, validationHook);
