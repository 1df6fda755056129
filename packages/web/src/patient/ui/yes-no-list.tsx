import type { Locale, Text } from '@minimus/core';
import { useI18n } from '../i18n/i18n.js';
import { protocolText } from './protocol-text.js';

export interface YesNoItem {
  id: string;
  question: Text;
}

/** One yes/no radio pair per question; unanswered questions stay absent from `answers`. */
export function YesNoList(props: {
  items: readonly YesNoItem[];
  answers: Readonly<Record<string, boolean>>;
  onChange: (answers: Record<string, boolean>) => void;
}) {
  const { locale, t } = useI18n();
  return (
    <ol class="questions">
      {props.items.map((item) => (
        <li key={item.id}>
          <fieldset data-question={item.id}>
            <legend>{questionText(item.question, locale)}</legend>
            <div class="yes-no">
              {[true, false].map((value) => (
                <label key={String(value)} class="choice">
                  <input
                    type="radio"
                    name={`q-${item.id}`}
                    checked={props.answers[item.id] === value}
                    onChange={() => props.onChange({ ...props.answers, [item.id]: value })}
                  />
                  <span>{value ? t('common.yes') : t('common.no')}</span>
                </label>
              ))}
            </div>
          </fieldset>
        </li>
      ))}
    </ol>
  );
}

function questionText(text: Text, locale: Locale): string {
  return protocolText(text, locale);
}

export function allAnswered(
  items: readonly YesNoItem[],
  answers: Readonly<Record<string, boolean>>,
): boolean {
  return items.every((item) => typeof answers[item.id] === 'boolean');
}
