import { describe, expect, it } from 'vitest';
import {
  checkMessageSafetyNet,
  messageSafetyNetAlert,
  messageWords,
  SAFETY_NET_GUIDANCE,
  SAFETY_NET_GUIDANCE_UNSENT,
} from './safety-net.js';

function codes(text: string): string[] {
  const result = checkMessageSafetyNet(text);
  return result.kind === 'clear' ? [] : result.matches.map((match) => match.code);
}

describe('safety net: words of the emergency tier (A) in English and Spanish', () => {
  it.each([
    { text: 'I have had chest pain since this morning', code: 'A5' },
    { text: 'Some pain in my chest and I am short of breath', code: 'A5' },
    { text: 'Tengo dolor en el pecho', code: 'A5' },
    { text: 'ME DUELE EL PECHO', code: 'A5' },
    { text: 'Numbness around my buttocks today', code: 'A3' },
    { text: 'My inner thigh feels numb', code: 'A3' },
    { text: 'Noto adormecimiento en los muslos', code: 'A3' },
    { text: 'Tengo la zona entumecida', code: 'A3' },
    { text: 'I have a fever and my hip is throbbing', code: 'A2' },
    { text: 'Tengo fiebre y la cadera me duele mucho', code: 'A2' },
    { text: 'My hip is hot and red', code: 'A2' },
    { text: 'La cadera está caliente', code: 'A2' },
    { text: 'Since the fall I can’t put weight on my leg', code: 'A1' },
    { text: 'Desde ayer no puedo apoyar la pierna', code: 'A1' },
    { text: 'My leg went cold and looks pale', code: 'A4' },
    { text: 'Tengo la pierna fría', code: 'A4' },
  ])('"$text" points at $code', ({ text, code }) => {
    expect(codes(text)).toContain(code);
    expect(checkMessageSafetyNet(text)).toMatchObject({ kind: 'warning-sign', tier: 'emergency' });
  });
});

describe('safety net: words of the urgent tier (B) in English and Spanish', () => {
  it.each([
    { text: "I can't walk today", code: 'B4' },
    { text: 'I cant walk', code: 'B4' },
    { text: 'I CANNOT WALK without crutches', code: 'B4' },
    { text: 'Hoy no puedo caminar', code: 'B4' },
    { text: 'No puedo andar bien', code: 'B4' },
    { text: 'My foot drops when I walk, the leg feels weak', code: 'B3' },
    { text: 'Arrastro el pie', code: 'B3' },
    { text: 'I have been losing weight and have night sweats', code: 'B1' },
    { text: 'Sudores nocturnos desde hace una semana', code: 'B1' },
    { text: 'The pain is constant pain, day and night', code: 'B2' },
    { text: 'Tengo un dolor constante', code: 'B2' },
    { text: 'My calf is swollen', code: 'B5' },
    { text: 'Tengo la pantorrilla hinchada', code: 'B5' },
    { text: 'I had a fall on the stairs', code: 'B6' },
    { text: 'Me caí en la calle', code: 'B6' },
  ])('"$text" points at $code', ({ text, code }) => {
    expect(codes(text)).toEqual([code]);
    const result = checkMessageSafetyNet(text);
    expect(result).toMatchObject({
      kind: 'warning-sign',
      tier: 'urgent',
      guidance: SAFETY_NET_GUIDANCE.urgent,
    });
  });
});

describe('safety net: ordinary messages pass without a warning', () => {
  it.each([
    'This exercise hurts in a new place, on the outside of the knee',
    "I'm travelling next week, can I do the exercises in a hotel room?",
    'My hip feels much better today',
    'I fell asleep during the last stretch',
    'I can walk further than last week',
    'What number of reps should I do?',
    'I did the chest stretch you showed me',
    'The room temperature was fine',
    'Esta semana viajo, ¿puedo hacer los ejercicios en el hotel?',
    'Me cae bien el nuevo ejercicio',
    'Puedo caminar más que la semana pasada',
    '',
  ])('"%s" is clear', (text) => {
    expect(checkMessageSafetyNet(text)).toEqual({ kind: 'clear' });
  });
});

describe('safety net: a fever or a hot feeling needs the hip to point at A2', () => {
  it('a fever alone (no hip) is not a warning sign of the hip screen', () => {
    expect(codes('I have a fever and a cold')).toEqual([]);
  });
  it('fever together with the hip anywhere in the message is', () => {
    expect(codes('Feverish since Sunday. Also, the hip hurts more.')).toEqual(['A2']);
  });
});

describe('safety net: the most serious tier decides the guidance', () => {
  it('an emergency word beside an urgent one gives the emergency guidance and lists both', () => {
    const result = checkMessageSafetyNet("I can't walk and I have chest pain");
    expect(result).toMatchObject({
      kind: 'warning-sign',
      tier: 'emergency',
      guidance: SAFETY_NET_GUIDANCE.emergency,
    });
    expect(codes("I can't walk and I have chest pain")).toEqual(['A5', 'B4']);
  });
  it('the guidance never says the program is paused and says messages are not read around the clock', () => {
    for (const text of Object.values(SAFETY_NET_GUIDANCE)) {
      expect(text.en).not.toMatch(/paus/i);
      expect(text.en).toContain('not read around the clock');
      expect(text.es).toContain('no se leen a todas horas');
    }
  });
});

describe('messageWords: case, accents and apostrophes do not change the words', () => {
  it.each([
    { text: 'Dolor TORÁCICO', words: ['dolor', 'toracico'] },
    { text: "can't, CAN’T", words: ['cant', 'cant'] },
    { text: 'Me caí.', words: ['me', 'cai'] },
  ])('"$text" reads as $words', ({ text, words }) => {
    expect(messageWords(text)).toEqual(words);
  });
});

describe('safety net: the therapist alert a warning sign raises', () => {
  it('is urgent or an emergency, filed once per message, for the therapist, and pauses nothing', () => {
    const result = checkMessageSafetyNet('Tengo dolor en el pecho');
    if (result.kind !== 'warning-sign') throw new Error('expected a warning sign');
    const alert = messageSafetyNetAlert(result, 'm-1', '2026-03-10');
    expect(alert).toMatchObject({
      key: 'message:m-1',
      kind: 'message-warning-sign',
      severity: 'emergency',
      date: '2026-03-10',
      notifyTherapist: true,
      physicianMessage: null,
      message: SAFETY_NET_GUIDANCE.emergency,
    });
    expect(alert.therapistMessage.en).toContain('A5 "dolor en el pecho"');
    expect(alert.therapistMessage.en).toContain('The program is not paused');
  });
});

describe('safety net: the answer while the message waits on the phone', () => {
  it('gives the same advice without saying the therapist has been alerted', () => {
    for (const tier of ['emergency', 'urgent'] as const) {
      const unsent = SAFETY_NET_GUIDANCE_UNSENT[tier];
      expect(unsent.en.startsWith(SAFETY_NET_GUIDANCE[tier].en.split(' Messages are')[0] ?? '-')).toBe(true);
      expect(unsent.en).not.toContain('has been alerted');
      expect(unsent.es).not.toContain('Se ha avisado');
      expect(unsent.en).toContain('not read around the clock');
    }
  });
});
