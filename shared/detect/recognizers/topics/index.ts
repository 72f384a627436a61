import type { Recognizer } from '../../recognizer.ts';
import { BIOMETRIC } from './biometric.ts';
import { CRIMINAL_RECORD } from './criminal-record.ts';
import { ETHNICITY } from './ethnicity.ts';
import { HEALTH } from './health.ts';
import { POLITICAL_VIEW } from './political-view.ts';
import { PERSON_ANCHORS } from './person-anchors.ts';
import { RELIGION } from './religion.ts';
import { SEXUAL_ORIENTATION } from './sexual-orientation.ts';
import type { TopicSpec } from './spec.ts';
import { buildTopicIndex, scanTopics } from './topic-scan.ts';

export const TOPIC_SPECS: readonly TopicSpec[] = [HEALTH, RELIGION, ETHNICITY, POLITICAL_VIEW, CRIMINAL_RECORD, SEXUAL_ORIENTATION, BIOMETRIC];

const INDEX = buildTopicIndex(TOPIC_SPECS);

function topicRecognizer(spec: TopicSpec): Recognizer {
  return {
    id: spec.type,
    types: [spec.type],
    contextWords: [...spec.strong, ...spec.weak, ...spec.labels, ...PERSON_ANCHORS],
    negativeContextWords: spec.negative,
    find: (ctx) => scanTopics(INDEX, ctx, spec.type),
  };
}

/** One recognizer per sensitive topic (Decree 356/2025/NĐ-CP Art. 4), sharing one pass over the text. */
export const topicRecognizers: readonly Recognizer[] = TOPIC_SPECS.map(topicRecognizer);
