import type { FallsItem, MaintenanceCheckInItem } from '../protocol.js';

/**
 * The CDC STEADI "Stay Independent" checklist (public domain), in its English and Spanish wording:
 * 4 or more points means a higher falls risk [Rubenstein et al. 2011, J Safety Res]. A fall in the past
 * year and a cane or walker score 2 each; every other yes scores 1.
 */
export const FALLS_ITEMS: readonly FallsItem[] = [
  {
    id: 'fallen-past-year',
    points: 2,
    statement: { en: 'I have fallen in the past year.', es: 'Me he caído en el último año.' },
  },
  {
    id: 'cane-or-walker',
    points: 2,
    statement: {
      en: 'I use or have been advised to use a cane or walker to get around safely.',
      es: 'Uso o me han aconsejado usar un bastón o un andador para desplazarme con seguridad.',
    },
  },
  {
    id: 'unsteady-walking',
    points: 1,
    statement: {
      en: 'Sometimes I feel unsteady when I am walking.',
      es: 'A veces me siento inestable cuando camino.',
    },
  },
  {
    id: 'hold-furniture-at-home',
    points: 1,
    statement: {
      en: 'I steady myself by holding onto furniture when walking at home.',
      es: 'Me sujeto a los muebles para mantener el equilibrio cuando camino en casa.',
    },
  },
  {
    id: 'worried-about-falling',
    points: 1,
    statement: { en: 'I am worried about falling.', es: 'Me preocupa caerme.' },
  },
  {
    id: 'push-to-stand',
    points: 1,
    statement: {
      en: 'I need to push with my hands to stand up from a chair.',
      es: 'Necesito empujar con las manos para levantarme de una silla.',
    },
  },
  {
    id: 'trouble-with-curb',
    points: 1,
    statement: {
      en: 'I have some trouble stepping up onto a curb.',
      es: 'Me cuesta algo subir a la acera.',
    },
  },
  {
    id: 'rush-to-toilet',
    points: 1,
    statement: { en: 'I often have to rush to the toilet.', es: 'A menudo tengo que ir deprisa al baño.' },
  },
  {
    id: 'lost-feeling-in-feet',
    points: 1,
    statement: {
      en: 'I have lost some feeling in my feet.',
      es: 'He perdido algo de sensibilidad en los pies.',
    },
  },
  {
    id: 'medicine-light-headed',
    points: 1,
    statement: {
      en: 'I take medicine that sometimes makes me feel light-headed or more tired than usual.',
      es: 'Tomo medicamentos que a veces me hacen sentir mareado o más cansado de lo habitual.',
    },
  },
  {
    id: 'medicine-sleep-or-mood',
    points: 1,
    statement: {
      en: 'I take medicine to help me sleep or improve my mood.',
      es: 'Tomo medicamentos para ayudarme a dormir o mejorar mi estado de ánimo.',
    },
  },
  {
    id: 'sad-or-depressed',
    points: 1,
    statement: { en: 'I often feel sad or depressed.', es: 'A menudo me siento triste o deprimido.' },
  },
];

/** The check-in three months after discharge (CLINICAL 5): hip trouble alerts the therapist. */
export const MAINTENANCE_CHECK_IN_ITEMS: readonly MaintenanceCheckInItem[] = [
  {
    id: 'pain-back',
    question: {
      en: 'Has the pain in your hip come back?',
      es: '¿Ha vuelto el dolor de cadera?',
    },
    troubleAnswer: true,
  },
  {
    id: 'hip-limits-activities',
    question: {
      en: 'Does your hip stop you doing anything you want to do?',
      es: '¿Su cadera le impide hacer algo que quiere hacer?',
    },
    troubleAnswer: true,
  },
  {
    id: 'sessions-continue',
    question: {
      en: 'Are you still doing your exercises twice a week?',
      es: '¿Sigue haciendo sus ejercicios dos veces por semana?',
    },
    troubleAnswer: null,
  },
];
