import type { RedFlagUrgency } from '../protocol/protocol.js';

/**
 * Words of the safety screen (CLINICAL 4a, tiers A and B) as a patient might write them in a message,
 * in English and Spanish. Each item lists alternatives; an alternative matches when every one of its
 * phrases appears in the message (so "fever" and "hip" together match A2, either alone does not).
 * A phrase is written lower case without accents or apostrophes; a word ending in `*` matches any
 * word it begins ("numb*" matches "numbness").
 */
export interface SafetyNetItem {
  /** The screen item the words point at. */
  code: string;
  tier: RedFlagUrgency;
  alternatives: readonly (readonly string[])[];
}

const either = (...phrases: readonly string[]): (readonly string[])[] => phrases.map((phrase) => [phrase]);

export const SAFETY_NET_ITEMS: readonly SafetyNetItem[] = [
  {
    code: 'A1',
    tier: 'emergency',
    alternatives: either(
      'cant put weight*',
      'cannot put weight*',
      'can not put weight*',
      'unable to put weight*',
      'cant bear weight*',
      'cannot bear weight*',
      'leg looks deformed',
      'no puedo apoyar',
      'pierna deformada',
    ),
  },
  {
    code: 'A2',
    tier: 'emergency',
    alternatives: [
      ...either(
        'hot hip',
        'hip is hot',
        'hip feels hot',
        'red hip',
        'hip is red',
        'swollen hip',
        'hip is swollen',
      ),
      ...either(
        'cadera caliente',
        'cadera esta caliente',
        'cadera roja',
        'cadera hinchada',
        'cadera esta hinchada',
      ),
      ['fever*', 'hip*'],
      ['temperature', 'hip*'],
      ['chills', 'hip*'],
      ['fiebre', 'cadera*'],
      ['escalofrio*', 'cadera*'],
    ],
  },
  {
    code: 'A3',
    tier: 'emergency',
    alternatives: either(
      'numb',
      'numbness',
      'numbed',
      'bladder',
      'bowel*',
      'incontinen*',
      'adormec*',
      'entumec*',
      'insensib*',
      'vejiga',
      'no puedo orinar',
      'no controlo la orina',
    ),
  },
  {
    code: 'A4',
    tier: 'emergency',
    alternatives: either(
      'leg is cold',
      'leg went cold',
      'cold leg',
      'leg is pale',
      'leg is blue',
      'leg turned blue',
      'pulsing lump',
      'pierna fria',
      'pierna esta fria',
      'pierna azul*',
      'pierna palida',
      'bulto que late',
    ),
  },
  {
    code: 'A5',
    tier: 'emergency',
    alternatives: either(
      'chest pain*',
      'pain in my chest',
      'chest hurts',
      'breathless*',
      'short of breath',
      'cant breathe',
      'cannot breathe',
      'dolor en el pecho',
      'dolor de pecho',
      'dolor toracico',
      'me duele el pecho',
      'falta el aire',
      'no puedo respirar',
    ),
  },
  {
    code: 'B1',
    tier: 'urgent',
    alternatives: either(
      'weight loss',
      'losing weight',
      'lost weight',
      'night sweat*',
      'perdida de peso',
      'perdiendo peso',
      'he perdido peso',
      'sudores nocturnos',
      'sudo por la noche',
    ),
  },
  {
    code: 'B2',
    tier: 'urgent',
    alternatives: either(
      'constant pain',
      'pain all the time',
      'dolor constante',
      'dolor continuo',
      'no para de doler',
    ),
  },
  {
    code: 'B3',
    tier: 'urgent',
    alternatives: either(
      'foot drop*',
      'foot is dropping',
      'foot catch*',
      'foot drag*',
      'leg is weak*',
      'leg feels weak',
      'weak leg',
      'pierna debil',
      'pie cae',
      'se me cae el pie',
      'arrastro el pie',
    ),
  },
  {
    code: 'B4',
    tier: 'urgent',
    alternatives: either(
      'cant walk',
      'cannot walk',
      'can not walk',
      'couldnt walk',
      'unable to walk',
      'cant move my hip',
      'cannot move my hip',
      'no puedo caminar',
      'no puedo andar',
      'no puedo mover la cadera',
    ),
  },
  {
    code: 'B5',
    tier: 'urgent',
    alternatives: either(
      'swollen calf',
      'calf is swollen',
      'swollen thigh',
      'thigh is swollen',
      'pantorrilla hinchada',
      'gemelo hinchado',
      'muslo hinchado',
    ),
  },
  {
    code: 'B6',
    tier: 'urgent',
    alternatives: either('i fell down', 'i fell over', 'i had a fall', 'me cai', 'me he caido', 'una caida'),
  },
];
