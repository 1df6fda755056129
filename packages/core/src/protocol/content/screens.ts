import type { RedFlagItem, SafetyTier, TendinopathyItem } from '../protocol.js';
import type { Text } from '../types.js';

type Item = Omit<RedFlagItem, 'number' | 'weekly'>;

/** Tier A (CLINICAL 4a): go to an emergency department now. */
const EMERGENCY: readonly Item[] = [
  {
    id: 'fall-cannot-bear-weight',
    code: 'A1',
    tier: 'emergency',
    question: {
      en: 'Since a fall or injury, are you unable to put weight on the leg, or does the leg look deformed, shorter or turned outwards?',
      es: 'Desde una caída o un golpe, ¿no puede apoyar el peso en la pierna, o la pierna parece deformada, más corta o girada hacia fuera?',
    },
  },
  {
    // Fever alone is not an emergency: only together with a hot hip or new, quickly worsening hip pain.
    id: 'hot-hip-or-fever-with-hip-pain',
    code: 'A2',
    tier: 'emergency',
    question: {
      en: 'Is your hip hot, red or swollen? Or do you have a fever, chills or feel very unwell together with new or quickly worsening hip pain?',
      es: '¿Tiene la cadera caliente, roja o hinchada? ¿O tiene fiebre, escalofríos o se encuentra muy mal junto con un dolor de cadera nuevo o que empeora rápidamente?',
    },
  },
  {
    id: 'saddle-numbness-or-bladder',
    code: 'A3',
    tier: 'emergency',
    question: {
      en: 'Do you have numbness around the genitals, buttocks or inner thighs, new problems controlling your bladder or bowels, or weakness or numbness in both legs?',
      es: '¿Nota adormecimiento alrededor de los genitales, las nalgas o la cara interna de los muslos, problemas nuevos para controlar la orina o las heces, o debilidad o adormecimiento en las dos piernas?',
    },
  },
  {
    id: 'cold-pale-leg-or-groin-lump',
    code: 'A4',
    tier: 'emergency',
    question: {
      en: 'Has your leg suddenly become cold, pale or blue, or do you have a lump in the groin that pulses?',
      es: '¿Se le ha quedado la pierna de repente fría, pálida o azulada, o tiene un bulto en la ingle que late?',
    },
  },
  {
    id: 'breathless-or-chest-pain',
    code: 'A5',
    tier: 'emergency',
    question: {
      en: 'Have you suddenly become short of breath or had chest pain, especially with a swollen, painful calf?',
      es: '¿Le ha faltado el aire de repente o ha tenido dolor en el pecho, sobre todo con una pantorrilla hinchada y dolorosa?',
    },
  },
];

/** Tier B: see a doctor within 24-48 hours (B5 the same day). */
const URGENT: readonly Item[] = [
  {
    id: 'weight-loss-night-sweats',
    code: 'B1',
    tier: 'urgent',
    question: {
      en: 'Have you had weight loss you cannot explain, night sweats or loss of appetite?',
      es: '¿Ha perdido peso sin motivo, tiene sudores nocturnos o ha perdido el apetito?',
    },
  },
  {
    id: 'constant-night-pain',
    code: 'B2',
    tier: 'urgent',
    question: {
      en: 'Is the pain constant and unrelenting at night or at rest, whatever position you are in?',
      es: '¿El dolor es constante y no cede por la noche o en reposo, en cualquier postura?',
    },
  },
  {
    id: 'one-leg-weakness-spreading-numbness',
    code: 'B3',
    tier: 'urgent',
    question: {
      en: 'Do you have new or worsening weakness in one leg (the foot catching or dropping), or numbness that is spreading?',
      es: '¿Tiene debilidad nueva o que empeora en una pierna (el pie se engancha o cae), o un adormecimiento que se extiende?',
    },
  },
  {
    id: 'rapidly-worsening',
    code: 'B4',
    tier: 'urgent',
    question: {
      en: 'Is it getting worse quickly, or are you unable to walk or move the hip?',
      es: '¿Está empeorando rápidamente, o no puede caminar o mover la cadera?',
    },
  },
  {
    id: 'swollen-warm-calf',
    code: 'B5',
    tier: 'urgent',
    question: {
      en: 'Is one calf or thigh swollen, warm and painful?',
      es: '¿Tiene una pantorrilla o un muslo hinchado, caliente y doloroso?',
    },
  },
  {
    id: 'fall-with-fragile-bones',
    code: 'B6',
    tier: 'urgent',
    question: {
      en: 'Did the pain start after a fall or knock, and are you 50 or older, or have osteoporosis, or take steroid tablets long-term (even if you can walk)?',
      es: '¿Empezó el dolor tras una caída o un golpe, y tiene 50 años o más, osteoporosis, o toma corticoides en pastillas desde hace tiempo (aunque pueda caminar)?',
    },
  },
];

/** Tier C: risk factors. Never a pause, never a doctor: the therapist acknowledges them. */
const RISK_FACTORS: readonly Item[] = [
  {
    id: 'history-of-cancer',
    code: 'C1',
    tier: 'risk-factor',
    question: { en: 'Have you ever had cancer?', es: '¿Ha tenido alguna vez cáncer?' },
  },
  {
    id: 'long-term-steroids',
    code: 'C2',
    tier: 'risk-factor',
    question: {
      en: 'Do you take steroid tablets long-term?',
      es: '¿Toma corticoides en pastillas desde hace tiempo?',
    },
  },
  {
    id: 'osteoporosis',
    code: 'C3',
    tier: 'risk-factor',
    question: { en: 'Do you have osteoporosis?', es: '¿Tiene osteoporosis?' },
  },
  {
    id: 'diabetes',
    code: 'C4',
    tier: 'risk-factor',
    question: { en: 'Do you have diabetes?', es: '¿Tiene diabetes?' },
  },
  {
    id: 'immunosuppression',
    code: 'C5',
    tier: 'risk-factor',
    question: {
      en: 'Is your immune system weakened, by an illness or by medicines?',
      es: '¿Tiene las defensas bajas, por una enfermedad o por medicamentos?',
    },
  },
  {
    id: 'recent-infection',
    code: 'C6',
    tier: 'risk-factor',
    question: { en: 'Have you had an infection recently?', es: '¿Ha tenido una infección hace poco?' },
  },
  {
    id: 'recent-hip-injection',
    code: 'C7',
    tier: 'risk-factor',
    question: {
      en: 'Have you had an injection into the hip in the last 6 weeks?',
      es: '¿Le han puesto una infiltración en la cadera en las últimas 6 semanas?',
    },
  },
  {
    id: 'inflammatory-arthritis',
    code: 'C8',
    tier: 'risk-factor',
    question: {
      en: 'Do you have an inflammatory arthritis, such as rheumatoid arthritis?',
      es: '¿Tiene una artritis inflamatoria, como la artritis reumatoide?',
    },
  },
];

/** Tier D: the therapist checks within 2 working days; the program continues meanwhile. */
const THERAPIST_REVIEW: readonly Item[] = [
  {
    id: 'groin-pain-shoes-socks',
    code: 'D1',
    tier: 'therapist-review',
    question: {
      en: 'Is the pain mainly in the groin, and do you find it hard to put on shoes and socks?',
      es: '¿El dolor está sobre todo en la ingle, y le cuesta ponerse los zapatos y los calcetines?',
    },
  },
  {
    id: 'back-origin-signs',
    code: 'D2',
    tier: 'therapist-review',
    question: {
      en: 'Do you have pain below the knee together with back pain, or tingling in one leg without weakness?',
      es: '¿Tiene dolor por debajo de la rodilla junto con dolor de espalda, u hormigueo en una pierna sin debilidad?',
    },
  },
  {
    id: 'recent-hip-surgery',
    code: 'D3',
    tier: 'therapist-review',
    question: {
      en: 'Have you had hip surgery in the last 6 months?',
      es: '¿Le han operado de la cadera en los últimos 6 meses?',
    },
  },
];

/**
 * CLINICAL.md section 4a, protocol 2.0 (NHS Gloucestershire hip pain pathway: "screen to exclude" apart
 * from "observations of concern"). Tiers A and B are asked weekly and at every setback; C and D at
 * onboarding and again when the monthly "has anything changed?" question is answered yes.
 */
export const RED_FLAG_ITEMS: readonly RedFlagItem[] = [
  ...EMERGENCY,
  ...URGENT,
  ...RISK_FACTORS,
  ...THERAPIST_REVIEW,
].map((item, index) => ({
  ...item,
  number: index + 1,
  weekly: item.tier === 'emergency' || item.tier === 'urgent',
}));

/** The monthly question that reopens tiers C and D. */
export const HEALTH_CHANGE_QUESTION = {
  id: 'health-changed',
  question: {
    en: 'Has anything changed in your health since you last answered these questions (a new illness, new medicines, an injection or an operation)?',
    es: '¿Ha cambiado algo en su salud desde la última vez que respondió a estas preguntas (una enfermedad nueva, medicamentos nuevos, una infiltración o una operación)?',
  },
} as const;

export const RED_FLAG_MESSAGES: Readonly<Record<SafetyTier, Text>> = {
  emergency: {
    en: 'Stop your exercise program now and go to an emergency department now, or call your local emergency number. Your therapist has been told.',
    es: 'Deje ahora su programa de ejercicios y vaya ya a un servicio de urgencias, o llame a su número local de emergencias. Se ha avisado a su fisioterapeuta.',
  },
  urgent: {
    en: 'Pause your exercise program and see a doctor within the next 24 to 48 hours (today if a calf or thigh is swollen, warm and painful); show them this answer. Your therapist has been told and will restart the program with you when it is safe.',
    es: 'Interrumpa su programa de ejercicios y vaya al médico en las próximas 24 a 48 horas (hoy mismo si tiene una pantorrilla o un muslo hinchado, caliente y doloroso); enséñele esta respuesta. Se ha avisado a su fisioterapeuta, que reanudará el programa con usted cuando sea seguro.',
  },
  'risk-factor': {
    en: 'Thank you. Your therapist will take this into account when reviewing your program. You can carry on as planned.',
    es: 'Gracias. Su fisioterapeuta lo tendrá en cuenta al revisar su programa. Puede seguir según lo previsto.',
  },
  'therapist-review': {
    en: 'Your therapist will check this with you. Your program carries on meanwhile.',
    es: 'Su fisioterapeuta lo revisará con usted. Mientras tanto, su programa continúa.',
  },
};
/** CLINICAL.md section 4b (Fearon et al. 2013, BJSM 47:649; Grimaldi & Fearon 2015). */
export const TENDINOPATHY_ITEMS: readonly TendinopathyItem[] = [
  {
    id: 'pain-at-bony-point',
    question: {
      en: 'Is the pain mainly over the bony point on the side of your hip?',
      es: '¿El dolor está sobre todo en el hueso que sobresale en el lateral de la cadera?',
    },
  },
  {
    id: 'gradual-or-long-standing',
    question: {
      en: 'Did the pain come on gradually, or has it lasted longer than 6 weeks?',
      es: '¿El dolor empezó poco a poco, o dura ya más de 6 semanas?',
    },
  },
  { id: 'age-35-or-over', question: { en: 'Are you 35 or older?', es: '¿Tiene 35 años o más?' } },
  {
    id: 'night-pain-lying-on-side',
    question: {
      en: 'Does it hurt to lie on that side at night?',
      es: '¿Le duele tumbarse sobre ese lado por la noche?',
    },
  },
  {
    id: 'pain-stairs-walking-single-leg',
    question: {
      en: 'Does it hurt on stairs, when walking, or when standing on one leg?',
      es: '¿Le duele al subir o bajar escaleras, al caminar o al apoyarse sobre una sola pierna?',
    },
  },
  {
    id: 'pain-cross-legged-or-standing-up',
    question: {
      en: 'Does it hurt to sit with your legs crossed, or when you first stand up?',
      es: '¿Le duele sentarse con las piernas cruzadas, o al levantarse?',
    },
  },
  {
    id: 'no-difficulty-shoes-socks',
    question: {
      en: 'Can you put on your shoes and socks without difficulty?',
      es: '¿Puede ponerse los zapatos y los calcetines sin dificultad?',
    },
  },
];
