import type { EducationTopic, LearnFigureId } from '@minimus/core';
import { LearnFigure } from '../figures/learn-figure.js';
import { type MessageKey, useI18n } from '../i18n/i18n.js';
import { protocolText } from '../ui/protocol-text.js';

/** Education topics from the protocol: anatomy (with the corrected rotation), the pain guide, load management. */
interface Picture {
  figure: LearnFigureId;
  caption: MessageKey;
}

/** Pictures that go with a topic: the anatomy point, and the load-management advice. */
const PICTURES: Readonly<Record<string, readonly Picture[]>> = {
  'gluteus-minimus': [{ figure: 'learn-single-leg-stance', caption: 'learn.figure.single-leg-stance' }],
  'load-management': [
    { figure: 'learn-crossed-legs', caption: 'learn.figure.crossed-legs' },
    { figure: 'learn-low-chair', caption: 'learn.figure.low-chair' },
    { figure: 'learn-pillow-between-knees', caption: 'learn.figure.pillow-between-knees' },
  ],
};

function TopicPictures(props: { topicId: string }) {
  const { t } = useI18n();
  const pictures = PICTURES[props.topicId] ?? [];
  if (pictures.length === 0) return null;
  return (
    <div class="learn-figures">
      {pictures.map(({ figure, caption }) => (
        <figure key={figure}>
          <LearnFigure figure={figure} label={t(caption)} />
          <figcaption>{t(caption)}</figcaption>
        </figure>
      ))}
    </div>
  );
}

export function EducationTopics(props: { topics: readonly EducationTopic[] }) {
  const { locale } = useI18n();
  return (
    <div class="stack">
      {props.topics.map((topic) => (
        <section key={topic.id} class="topic" aria-labelledby={`topic-${topic.id}`}>
          <h2 id={`topic-${topic.id}`}>{protocolText(topic.title, locale)}</h2>
          {topic.paragraphs.map((paragraph, index) => (
            <p key={index}>{protocolText(paragraph, locale)}</p>
          ))}
          <TopicPictures topicId={topic.id} />
          <p class="evidence">{topic.evidence}</p>
        </section>
      ))}
    </div>
  );
}
