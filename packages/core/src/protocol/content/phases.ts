import type { PhaseDefinition } from '../protocol.js';

/** The four phases of CLINICAL.md section 5, in words for patients and therapists. */
export const PHASES: readonly PhaseDefinition[] = [
  {
    phase: 0,
    name: { en: 'Rest', es: 'Reposo' },
    description: {
      en: 'A few days of relative rest after the injury: learn about your hip, keep walking as far as it is comfortable, and do no program exercises yet.',
      es: 'Unos días de reposo relativo tras la lesión: aprenda sobre su cadera, siga caminando mientras sea cómodo y no haga todavía los ejercicios del programa.',
    },
    gateText: {
      en: 'You move on once the rest days your therapist set have passed (usually 3, between 2 and 7), walking pain is 3 or less, and no warning sign has been answered yes.',
      es: 'Pasará a la siguiente fase cuando hayan pasado los días de reposo que fijó su fisioterapeuta (normalmente 3, entre 2 y 7), el dolor al caminar sea de 3 o menos y no haya respondido sí a ninguna señal de alarma.',
    },
  },
  {
    phase: 1,
    name: { en: 'Flexibility and gentle strength', es: 'Flexibilidad y fuerza suave' },
    description: {
      en: 'Daily gentle stretches and exercises where the muscle works without the joint moving. Hold times grow a little after each good day.',
      es: 'Estiramientos suaves diarios y ejercicios en los que el músculo trabaja sin que la articulación se mueva. Los tiempos aumentan un poco después de cada buen día.',
    },
    gateText: {
      en: 'You move on when the pain has settled: at least 5 days in this phase, worst pain 2 or less on your last 3 logged days, no exercise pain above 3, and no setback in the last 7 days.',
      es: 'Pasará a la siguiente fase cuando el dolor se haya calmado: al menos 5 días en esta fase, dolor máximo de 2 o menos en sus 3 últimos días registrados, ningún dolor por encima de 3 durante los ejercicios y ningún retroceso en los últimos 7 días.',
    },
  },
  {
    phase: 2,
    name: { en: 'Adding strength work', es: 'Se añade trabajo de fuerza' },
    description: {
      en: 'The daily exercises continue, and a leg-lift strength exercise is added up to 3 days a week, never two days in a row.',
      es: 'Los ejercicios diarios continúan y se añade un ejercicio de fuerza levantando la pierna hasta 3 días por semana, nunca dos días seguidos.',
    },
    gateText: {
      en: 'You move on when you reach 3 sets of 12 with at least 1.5 kg (or the target your therapist set) with exercise pain of 2 or less, or when your therapist signs it off.',
      es: 'Pasará a la siguiente fase cuando llegue a 3 series de 12 con al menos 1,5 kg (o el objetivo que fijó su fisioterapeuta) con un dolor de 2 o menos durante el ejercicio, o cuando su fisioterapeuta lo apruebe.',
    },
  },
  {
    phase: 3,
    name: { en: 'Back to full strength', es: 'Recuperar toda la fuerza' },
    description: {
      en: 'Your therapist chooses harder exercises such as bridges, hip hitches and side-steps, 2 to 3 days a week. The stretches carry on to keep what you have gained.',
      es: 'Su fisioterapeuta elige ejercicios más exigentes, como puentes, elevaciones de cadera y pasos laterales, de 2 a 3 días por semana. Los estiramientos continúan para mantener lo conseguido.',
    },
    gateText: {
      en: 'The program ends when your therapist signs it off: where tested, the injured side has at least 90% of the strength of the other side, and your activity scores have improved by 2.3 points or more.',
      es: 'El programa termina cuando su fisioterapeuta lo aprueba: donde se haya medido, el lado lesionado tiene al menos el 90 % de la fuerza del otro lado, y la puntuación de sus actividades ha mejorado 2,3 puntos o más.',
    },
  },
];
