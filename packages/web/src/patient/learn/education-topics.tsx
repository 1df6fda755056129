import type { EducationTopic } from '@minimus/core';
import { useI18n } from '../i18n/i18n.js';
import { protocolText } from '../ui/protocol-text.js';

/** Education topics from the protocol: anatomy (with the corrected rotation), the pain guide, load management. */
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
          <p class="evidence">{topic.evidence}</p>
        </section>
      ))}
    </div>
  );
}
