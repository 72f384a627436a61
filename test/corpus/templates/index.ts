import { chatTemplates } from './chat.ts';
import { emailTemplates } from './emails.ts';
import { exportTemplates } from './exports.ts';
import { formTemplates } from './forms.ts';
import { insuranceTemplates } from './insurance.ts';
import { medicalTemplates } from './medical.ts';
import { negativeTemplates } from './negatives.ts';
import { paymentTemplates } from './payments.ts';
import { promptTemplates } from './prompts.ts';
import { tableTemplates } from './tables.ts';
import type { Template } from './template.ts';
import { topicTemplates } from './topics.ts';

export const ALL_TEMPLATES: readonly Template[] = [
  ...chatTemplates,
  ...formTemplates,
  ...tableTemplates,
  ...exportTemplates,
  ...emailTemplates,
  ...medicalTemplates,
  ...paymentTemplates,
  ...insuranceTemplates,
  ...topicTemplates,
  ...promptTemplates,
  ...negativeTemplates,
];
