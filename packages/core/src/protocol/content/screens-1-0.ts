import type { RedFlagItem } from '../protocol.js';

/**
 * The single red-flag list of protocol 1.0.0, kept so a program still on 1.0.0 plans as it did: items 1-4
 * were emergencies, 5-11 urgent. Protocol 2.0 splits these questions into four tiers (screens.ts).
 */
export const RED_FLAG_ITEMS_1_0: readonly RedFlagItem[] = [
  {
    id: 'fall-cannot-bear-weight',
    number: 1,
    code: '1',
    tier: 'emergency',
    weekly: true,
    question: {
      en: 'Since a fall or injury, are you unable to put weight on the leg, or does the leg look deformed, shorter or turned outwards?',
      es: 'Desde una caída o un golpe, ¿no puede apoyar el peso en la pierna, o la pierna parece deformada, más corta o girada hacia fuera?',
    },
  },
  {
    id: 'hot-hip-or-fever',
    number: 2,
    code: '2',
    tier: 'emergency',
    weekly: true,
    question: {
      en: 'Is your hip hot, red or swollen, or do you have a fever, chills or feel generally unwell?',
      es: '¿Tiene la cadera caliente, roja o hinchada, o tiene fiebre, escalofríos o se encuentra mal en general?',
    },
  },
  {
    id: 'saddle-numbness-or-bladder',
    number: 3,
    code: '3',
    tier: 'emergency',
    weekly: true,
    question: {
      en: 'Do you have numbness around the genitals, buttocks or inner thighs, new problems controlling your bladder or bowels, or weakness or numbness in both legs?',
      es: '¿Nota adormecimiento alrededor de los genitales, las nalgas o la cara interna de los muslos, problemas nuevos para controlar la orina o las heces, o debilidad o adormecimiento en las dos piernas?',
    },
  },
  {
    id: 'cold-pale-leg-or-groin-lump',
    number: 4,
    code: '4',
    tier: 'emergency',
    weekly: true,
    question: {
      en: 'Has your leg suddenly become cold, pale or blue, or do you have a lump in the groin that pulses?',
      es: '¿Se le ha quedado la pierna de repente fría, pálida o azulada, o tiene un bulto en la ingle que late?',
    },
  },
  {
    id: 'cancer-or-weight-loss',
    number: 5,
    code: '5',
    tier: 'urgent',
    weekly: true,
    question: {
      en: 'Have you ever had cancer, or have you had weight loss you cannot explain, night sweats or loss of appetite?',
      es: '¿Ha tenido alguna vez cáncer, o ha perdido peso sin motivo, tiene sudores nocturnos o ha perdido el apetito?',
    },
  },
  {
    id: 'constant-night-pain',
    number: 6,
    code: '6',
    tier: 'urgent',
    weekly: true,
    question: {
      en: 'Is the pain constant and unrelenting at night or at rest, whatever position you are in?',
      es: '¿El dolor es constante y no cede por la noche o en reposo, en cualquier postura?',
    },
  },
  {
    id: 'one-leg-nerve-symptoms',
    number: 7,
    code: '7',
    tier: 'urgent',
    weekly: true,
    question: {
      en: 'Do you have new numbness, tingling or weakness in one leg, or pain below the knee together with back pain?',
      es: '¿Tiene adormecimiento, hormigueo o debilidad nuevos en una pierna, o dolor por debajo de la rodilla junto con dolor de espalda?',
    },
  },
  {
    id: 'bone-risk-or-recent-procedure',
    number: 8,
    code: '8',
    tier: 'urgent',
    weekly: false,
    question: {
      en: 'Do you take steroid medicines long-term, have osteoporosis, or are you over 50 with a recent fall? Or have you had a hip injection or hip surgery recently?',
      es: '¿Toma corticoides desde hace tiempo, tiene osteoporosis, o tiene más de 50 años y se ha caído hace poco? ¿O le han puesto una infiltración o le han operado de la cadera recientemente?',
    },
  },
  {
    id: 'infection-risk',
    number: 9,
    code: '9',
    tier: 'urgent',
    weekly: false,
    question: {
      en: 'Is your immune system weakened (by illness or medicines), do you have diabetes, or have you had an infection recently?',
      es: '¿Tiene las defensas bajas (por una enfermedad o por medicamentos), tiene diabetes o ha tenido una infección hace poco?',
    },
  },
  {
    id: 'rapidly-worsening',
    number: 10,
    code: '10',
    tier: 'urgent',
    weekly: false,
    question: {
      en: 'Is it getting worse quickly, or are you unable to walk or move the hip?',
      es: '¿Está empeorando rápidamente, o no puede caminar o mover la cadera?',
    },
  },
  {
    id: 'groin-pain-shoes-socks',
    number: 11,
    code: '11',
    tier: 'urgent',
    weekly: false,
    question: {
      en: 'Is the pain mainly in the groin, and do you find it hard to put on shoes and socks?',
      es: '¿El dolor está sobre todo en la ingle, y le cuesta ponerse los zapatos y los calcetines?',
    },
  },
];
