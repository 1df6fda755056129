import type { EducationTopic } from '../protocol.js';

/** Education of CLINICAL.md section 2, in our own words; the evidence wins where the starting article differs. */
export const EDUCATION: readonly EducationTopic[] = [
  {
    id: 'gluteus-minimus',
    title: {
      en: 'Your gluteus minimus: what it is and what it does',
      es: 'Su glúteo menor: qué es y para qué sirve',
    },
    paragraphs: [
      {
        en: 'The gluteus minimus is the smallest and deepest of your three buttock muscles. It starts on the outer surface of the pelvic bone and attaches to the front of the bony point on the side of the hip (the greater trochanter), and also to the capsule around the hip joint.',
        es: 'El glúteo menor es el más pequeño y profundo de los tres músculos de la nalga. Nace en la cara externa del hueso de la pelvis y se inserta en la parte delantera del hueso que sobresale en el lateral de la cadera (el trocánter mayor), y también en la cápsula que rodea la articulación.',
      },
      {
        en: 'It helps the gluteus medius lift the leg out to the side and keeps your pelvis level when you stand on one leg, as you do with every step. As a deep stabiliser, it keeps the ball of the thigh bone centred in the hip socket.',
        es: 'Ayuda al glúteo medio a separar la pierna hacia fuera y mantiene la pelvis nivelada cuando se apoya sobre una pierna, como en cada paso. Como estabilizador profundo, mantiene la cabeza del fémur centrada en la cavidad de la cadera.',
      },
      {
        en: 'A correction: some descriptions say this muscle turns the thigh outwards. In fact its front fibres turn the thigh inwards and help bend the hip; any outward turning comes from its back fibres and depends on the position of the hip.',
        es: 'Una corrección: algunas descripciones dicen que este músculo gira el muslo hacia fuera. En realidad, sus fibras delanteras giran el muslo hacia dentro y ayudan a doblar la cadera; el giro hacia fuera solo lo producen sus fibras traseras y depende de la posición de la cadera.',
      },
    ],
    emphasisedFor: [],
    evidence: "Beck et al. 2000, J Bone Joint Surg Br 82:358; Gray's Anatomy.",
  },
  {
    id: 'pain-traffic-light',
    title: { en: 'The pain traffic light', es: 'El semáforo del dolor' },
    paragraphs: [
      {
        en: 'Whenever we ask for a pain number, 0 means no pain and 10 the worst pain you can imagine.',
        es: 'Siempre que le pidamos un número de dolor, 0 significa sin dolor y 10 el peor dolor que pueda imaginar.',
      },
      {
        en: 'Green, 0 to 2: fine, carry on. Amber, 3 to 5: acceptable during and just after exercise if it settles by next morning. Red, 6 to 10: stop that exercise today.',
        es: 'Verde, de 0 a 2: bien, siga. Ámbar, de 3 a 5: aceptable durante el ejercicio y justo después si se calma a la mañana siguiente. Rojo, de 6 a 10: deje ese ejercicio por hoy.',
      },
      {
        en: 'After a fresh muscle strain, a stretch should give a stretch feeling, not pain: stay in the green.',
        es: 'Tras una distensión muscular reciente, un estiramiento debe notarse como estiramiento, no como dolor: quédese en el verde.',
      },
      {
        en: 'Next morning, compare your pain with how it was before the session. If it is 2 points or more higher, the program eases that exercise back for a couple of sessions.',
        es: 'A la mañana siguiente, compare su dolor con el que tenía antes de la sesión. Si es 2 puntos o más alto, el programa suaviza ese ejercicio durante un par de sesiones.',
      },
      {
        en: 'This guide is our rule, adapted from a pain-monitoring model used in tendon rehabilitation: exercise pain may reach but not go above 5, and the next morning decides whether to hold, ease or progress.',
        es: 'Esta guía es una regla nuestra, adaptada de un modelo de control del dolor usado en la rehabilitación de tendones: el dolor durante el ejercicio puede llegar a 5 pero no pasar de ahí, y la mañana siguiente decide si mantener, suavizar o avanzar.',
      },
    ],
    emphasisedFor: [],
    evidence:
      'Our rule, adapted from the pain-monitoring model of Silbernagel et al. 2007, Am J Sports Med 35:897; the 2-point next-morning threshold borrows the clinically important change of Farrar et al. 2001, Pain 94:149.',
  },
  {
    id: 'load-management',
    title: {
      en: 'Looking after the side of your hip in daily life',
      es: 'Cómo cuidar el lateral de la cadera en el día a día',
    },
    paragraphs: [
      {
        en: 'Some everyday positions squeeze the tendons on the side of the hip against the bone. Avoid crossing your legs, standing with your weight "hanging" on one hip, and sitting in low, deep chairs.',
        es: 'Algunas posturas del día a día aprietan los tendones del lateral de la cadera contra el hueso. Evite cruzar las piernas, quedarse de pie «colgado» sobre una cadera y sentarse en sillas bajas y hundidas.',
      },
      {
        en: 'At night, do not lie on the painful side. When you lie on the other side, put a pillow between your knees so the top leg does not drop across.',
        es: 'Por la noche, no se tumbe sobre el lado que duele. Cuando se tumbe sobre el otro lado, ponga una almohada entre las rodillas para que la pierna de arriba no caiga hacia delante.',
      },
    ],
    emphasisedFor: ['tendinopathy'],
    evidence:
      'Grimaldi & Fearon 2015, J Orthop Sports Phys Ther; LEAP trial, Mellor et al. 2018, BMJ 361:k1662.',
  },
  {
    id: 'phases',
    title: { en: 'How your program moves forward', es: 'Cómo avanza su programa' },
    paragraphs: [
      {
        en: 'The program has four phases: rest, flexibility and gentle strength, adding strength work, and back to full strength. You move on when clear conditions are met, which the app shows you, or when your therapist decides.',
        es: 'El programa tiene cuatro fases: reposo, flexibilidad y fuerza suave, trabajo de fuerza añadido y recuperación de toda la fuerza. Pasa a la siguiente cuando se cumplen unas condiciones claras, que la aplicación le muestra, o cuando su fisioterapeuta lo decide.',
      },
      {
        en: 'After a good day the exercises get a little harder. After a bad day they stay the same or ease back. If pain keeps rising, the program eases to an earlier stage (never back to rest once you have started exercising) and your therapist is told.',
        es: 'Después de un buen día, los ejercicios se hacen un poco más exigentes. Después de un mal día, se mantienen o se suavizan. Si el dolor sigue aumentando, el programa vuelve a una etapa anterior (nunca al reposo una vez empezados los ejercicios) y se avisa a su fisioterapeuta.',
      },
      {
        en: 'Strength exercises follow a simple rule of ours: when you manage 2 extra repetitions in two sessions in a row without extra pain, the exercise takes the smallest step up (one more set while the weight is light, otherwise a little weight) and the repetitions start lower again.',
        es: 'Los ejercicios de fuerza siguen una regla sencilla nuestra: cuando consigue 2 repeticiones de más en dos sesiones seguidas sin más dolor, el ejercicio sube el paso más pequeño (una serie más mientras el peso es ligero; si no, un poco de peso) y las repeticiones vuelven a empezar más abajo.',
      },
      {
        en: 'Gentle stages are done every day; harder stages on your strength days, never two days in a row. Your therapist can make any stage daily.',
        es: 'Las etapas suaves se hacen todos los días; las más exigentes, en sus días de fuerza, nunca dos días seguidos. Su fisioterapeuta puede hacer diaria cualquier etapa.',
      },
    ],
    emphasisedFor: [],
    evidence:
      'ACSM 2009 position stand, Med Sci Sports Exerc 41:687 (load steps of 2-10%, resistance training 2-3 days a week); the 2-for-2 rule is our own rule built on it, not a published one.',
  },
  {
    id: 'when-to-stop',
    title: { en: 'When to stop and see a doctor', es: 'Cuándo parar y ver a un médico' },
    paragraphs: [
      {
        en: 'Go to an emergency department now if, after a fall, you cannot put weight on the leg; if the hip is hot, red or swollen, or you have a fever or feel very unwell together with new or quickly worsening hip pain; if you have numbness around the genitals or new bladder or bowel problems; if the leg turns cold, pale or blue; or if you suddenly become breathless or have chest pain.',
        es: 'Vaya ahora a urgencias si, tras una caída, no puede apoyar la pierna; si la cadera está caliente, roja o hinchada, o tiene fiebre o se encuentra muy mal junto con un dolor de cadera nuevo o que empeora rápidamente; si nota adormecimiento alrededor de los genitales o problemas nuevos con la orina o las heces; si la pierna se queda fría, pálida o azulada; o si de repente le falta el aire o tiene dolor en el pecho.',
      },
      {
        en: 'See a doctor within 24 to 48 hours if the pain is constant at night or at rest, if it gets worse quickly, or if you get new numbness, tingling or weakness in one leg.',
        es: 'Vaya al médico en 24 a 48 horas si el dolor es constante por la noche o en reposo, si empeora rápidamente, o si nota adormecimiento, hormigueo o debilidad nuevos en una pierna.',
      },
      {
        en: 'Flare-ups are common during recovery and usually settle; the program eases and your therapist is told. Check back with your doctor if a flare-up has not settled within 2 weeks, or if your therapist asks you to. The app can print a summary for them.',
        es: 'Los empeoramientos son frecuentes durante la recuperación y suelen calmarse; el programa se suaviza y se avisa a su fisioterapeuta. Vuelva a consultar a su médico si un empeoramiento no se ha calmado en 2 semanas, o si su fisioterapeuta se lo pide. La aplicación puede imprimir un resumen para el médico.',
      },
    ],
    emphasisedFor: [],
    evidence: 'NHS hip pain pathways; BMJ Best Practice; Farrar et al. 2001, Pain 94:149.',
  },
  {
    id: 'strain-vs-tendinopathy',
    title: { en: 'Muscle strain or tendon problem?', es: '¿Distensión muscular o problema del tendón?' },
    paragraphs: [
      {
        en: 'A muscle strain usually starts suddenly during an activity. Pain on the side of the hip that builds up gradually is more often a problem of the tendons attaching to the bony point on the side of the hip (gluteal tendinopathy).',
        es: 'Una distensión muscular suele empezar de repente durante una actividad. El dolor en el lateral de la cadera que aparece poco a poco se debe más a menudo a un problema de los tendones que se insertan en el hueso del lateral de la cadera (tendinopatía glútea).',
      },
      {
        en: 'The two need different care. Tendons do not like being squeezed, so with a tendon problem the crossover stretches are left out, there is no rest phase, and from the first week the program has gentle pressing exercises in a neutral position twice a day plus light bridges, squats to a chair and side-steps every day.',
        es: 'Cada una necesita un cuidado distinto. A los tendones no les sienta bien que los aprieten, así que en un problema del tendón se omiten los estiramientos cruzados, no hay fase de reposo y desde la primera semana el programa incluye ejercicios suaves de empuje en posición neutra dos veces al día, además de puentes, sentadillas hasta una silla y pasos laterales ligeros cada día.',
      },
      {
        en: 'A short questionnaire helps your therapist decide which program fits; only your therapist can change it.',
        es: 'Un breve cuestionario ayuda a su fisioterapeuta a decidir qué programa le conviene; solo su fisioterapeuta puede cambiarlo.',
      },
    ],
    emphasisedFor: ['tendinopathy', 'muscle-strain'],
    evidence:
      'Fearon et al. 2013, Br J Sports Med 47:649; Grimaldi & Fearon 2015, J Orthop Sports Phys Ther; LEAP trial, Mellor et al. 2018, BMJ 361:k1662.',
  },
];
