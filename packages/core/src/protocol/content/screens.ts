import type { RedFlagItem, RedFlagUrgency, TendinopathyItem } from '../protocol.js';
import type { Text } from '../types.js';

/** CLINICAL.md section 4a (NHS hip pain pathways; BMJ Best Practice). Items 1-4 are emergencies. */
export const RED_FLAG_ITEMS: readonly RedFlagItem[] = [
  {
    id: 'fall-cannot-bear-weight',
    number: 1,
    urgency: 'emergency',
    weekly: true,
    question: {
      en: 'Since a fall or injury, are you unable to put weight on the leg, or does the leg look deformed, shorter or turned outwards?',
      es: 'Desde una caída o un golpe, ¿no puede apoyar el peso en la pierna, o la pierna parece deformada, más corta o girada hacia fuera?',
    },
  },
  {
    id: 'hot-hip-or-fever',
    number: 2,
    urgency: 'emergency',
    weekly: true,
    question: {
      en: 'Is your hip hot, red or swollen, or do you have a fever, chills or feel generally unwell?',
      es: '¿Tiene la cadera caliente, roja o hinchada, o tiene fiebre, escalofríos o se encuentra mal en general?',
    },
  },
  {
    id: 'saddle-numbness-or-bladder',
    number: 3,
    urgency: 'emergency',
    weekly: true,
    question: {
      en: 'Do you have numbness around the genitals, buttocks or inner thighs, new problems controlling your bladder or bowels, or weakness or numbness in both legs?',
      es: '¿Nota adormecimiento alrededor de los genitales, las nalgas o la cara interna de los muslos, problemas nuevos para controlar la orina o las heces, o debilidad o adormecimiento en las dos piernas?',
    },
  },
  {
    id: 'cold-pale-leg-or-groin-lump',
    number: 4,
    urgency: 'emergency',
    weekly: true,
    question: {
      en: 'Has your leg suddenly become cold, pale or blue, or do you have a lump in the groin that pulses?',
      es: '¿Se le ha quedado la pierna de repente fría, pálida o azulada, o tiene un bulto en la ingle que late?',
    },
  },
  {
    id: 'cancer-or-weight-loss',
    number: 5,
    urgency: 'urgent',
    weekly: true,
    question: {
      en: 'Have you ever had cancer, or have you had weight loss you cannot explain, night sweats or loss of appetite?',
      es: '¿Ha tenido alguna vez cáncer, o ha perdido peso sin motivo, tiene sudores nocturnos o ha perdido el apetito?',
    },
  },
  {
    id: 'constant-night-pain',
    number: 6,
    urgency: 'urgent',
    weekly: true,
    question: {
      en: 'Is the pain constant and unrelenting at night or at rest, whatever position you are in?',
      es: '¿El dolor es constante y no cede por la noche o en reposo, en cualquier postura?',
    },
  },
  {
    id: 'one-leg-nerve-symptoms',
    number: 7,
    urgency: 'urgent',
    weekly: true,
    question: {
      en: 'Do you have new numbness, tingling or weakness in one leg, or pain below the knee together with back pain?',
      es: '¿Tiene adormecimiento, hormigueo o debilidad nuevos en una pierna, o dolor por debajo de la rodilla junto con dolor de espalda?',
    },
  },
  {
    id: 'bone-risk-or-recent-procedure',
    number: 8,
    urgency: 'urgent',
    weekly: false,
    question: {
      en: 'Do you take steroid medicines long-term, have osteoporosis, or are you over 50 with a recent fall? Or have you had a hip injection or hip surgery recently?',
      es: '¿Toma corticoides desde hace tiempo, tiene osteoporosis, o tiene más de 50 años y se ha caído hace poco? ¿O le han puesto una infiltración o le han operado de la cadera recientemente?',
    },
  },
  {
    id: 'infection-risk',
    number: 9,
    urgency: 'urgent',
    weekly: false,
    question: {
      en: 'Is your immune system weakened (by illness or medicines), do you have diabetes, or have you had an infection recently?',
      es: '¿Tiene las defensas bajas (por una enfermedad o por medicamentos), tiene diabetes o ha tenido una infección hace poco?',
    },
  },
  {
    id: 'rapidly-worsening',
    number: 10,
    urgency: 'urgent',
    weekly: false,
    question: {
      en: 'Is it getting worse quickly, or are you unable to walk or move the hip?',
      es: '¿Está empeorando rápidamente, o no puede caminar o mover la cadera?',
    },
  },
  {
    id: 'groin-pain-shoes-socks',
    number: 11,
    urgency: 'urgent',
    weekly: false,
    question: {
      en: 'Is the pain mainly in the groin, and do you find it hard to put on shoes and socks?',
      es: '¿El dolor está sobre todo en la ingle, y le cuesta ponerse los zapatos y los calcetines?',
    },
  },
];

export const RED_FLAG_MESSAGES: Readonly<Record<RedFlagUrgency, Text>> = {
  emergency: {
    en: 'Stop your exercise program now and go to an emergency department straight away, or call your local emergency number if you cannot get there safely. Your therapist has been told.',
    es: 'Deje ahora su programa de ejercicios y vaya de inmediato a un servicio de urgencias, o llame al número de emergencias si no puede llegar de forma segura. Se ha avisado a su fisioterapeuta.',
  },
  urgent: {
    en: 'Pause your exercise program and see a doctor within the next 24 to 48 hours; show them this answer. Your therapist has been told and will restart the program with you when it is safe.',
    es: 'Interrumpa su programa de ejercicios y vaya al médico en las próximas 24 a 48 horas; enséñele esta respuesta. Se ha avisado a su fisioterapeuta, que reanudará el programa con usted cuando sea seguro.',
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
