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
      en: 'You move on when the pain has settled: for a muscle strain, at least 5 days in this phase, worst pain 2 or less on your last 3 logged days, no exercise pain above 3, and no setback in the last 7 days; for a tendon problem, at least 7 days, exercise pain 5 or less with the next morning back within 1 point on 3 of your last 4 sessions, and weekly pain not rising.',
      es: 'Pasará a la siguiente fase cuando el dolor se haya calmado: en una distensión muscular, al menos 5 días en esta fase, dolor máximo de 2 o menos en sus 3 últimos días registrados, ningún dolor por encima de 3 durante los ejercicios y ningún retroceso en los últimos 7 días; en un problema del tendón, al menos 7 días, dolor de 5 o menos en los ejercicios con la mañana siguiente a 1 punto o menos de antes en 3 de sus 4 últimas sesiones, y el dolor semanal sin aumentar.',
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
      en: 'You move on when you reach 3 sets of 12 with at least 1.5 kg (or the target your therapist set) with exercise pain of 2 or less and your therapist has seen you stand on the leg for 30 seconds with your pelvis level, or when your therapist signs it off.',
      es: 'Pasará a la siguiente fase cuando llegue a 3 series de 12 con al menos 1,5 kg (o el objetivo que fijó su fisioterapeuta) con un dolor de 2 o menos durante el ejercicio y su fisioterapeuta le haya visto apoyarse 30 segundos sobre esa pierna con la pelvis nivelada, o cuando su fisioterapeuta lo apruebe.',
    },
  },
  {
    phase: 3,
    name: { en: 'Back to full strength', es: 'Recuperar toda la fuerza' },
    description: {
      en: 'Your therapist chooses harder exercises such as single-leg bridges and squats, band side-steps or hip hitches; nothing new starts until they have chosen. Gentle stages are daily, harder ones on your strength days. The stretches carry on to keep what you have gained.',
      es: 'Su fisioterapeuta elige ejercicios más exigentes, como puentes y sentadillas sobre una pierna, pasos laterales con banda o elevaciones de cadera; no empieza nada nuevo hasta que los elija. Las etapas suaves son diarias y las más exigentes, en sus días de fuerza. Los estiramientos continúan para mantener lo conseguido.',
    },
    gateText: {
      en: 'The program ends when your therapist signs it off after at least 3 weeks at this stage: your activity scores reach your own target (or improved by 2.3 points or more) and, where tested, the injured side has at least 90% of the strength of the other side. A maintenance plan follows: your last exercises twice a week.',
      es: 'El programa termina cuando su fisioterapeuta lo aprueba tras al menos 3 semanas en esta etapa: la puntuación de sus actividades llega a su objetivo (o ha mejorado 2,3 puntos o más) y, donde se haya medido, el lado lesionado tiene al menos el 90 % de la fuerza del otro lado. Después sigue un plan de mantenimiento: sus últimos ejercicios dos veces por semana.',
    },
  },
];
