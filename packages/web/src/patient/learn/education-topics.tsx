import type { EducationTopic, LearnFigureId } from '@minimus/core';
import { LearnFigure } from '../figures/learn-figure.js';
import { useI18n } from '../i18n/i18n.js';
import { protocolText } from '../ui/protocol-text.js';

/** Education topics from the protocol: anatomy (with the corrected rotation), the pain guide, load management. */
/** Pictures that go with a topic: the anatomy point, and the load-management advice. */
const PICTURES: Readonly<Record<string, readonly LearnFigureId[]>> = {
  'gluteus-minimus': ['learn-single-leg-stance'],
  'load-management': ['learn-crossed-legs', 'learn-low-chair', 'learn-pillow-between-knees'],
};

function TopicPictures(props: { topicId: string }) {
  const figures = PICTURES[props.topicId] ?? [];
  if (figures.length === 0) return null;
  return (
    <div class="learn-figures">
      {figures.map((figure) => (
        <LearnFigure key={figure} figure={figure} />
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
