/** Sound and speech for the player: a short chime from WebAudio and spoken cues, both optional. */

let audio: AudioContext | null = null;

/** A soft two-tone chime; the AudioContext is made on a tap because browsers block sound before one. */
export function chime(): void {
  try {
    audio ??= new AudioContext();
    const start = audio.currentTime;
    for (const [offset, frequency] of [
      [0, 880],
      [0.18, 1320],
    ] as const) {
      const oscillator = audio.createOscillator();
      const gain = audio.createGain();
      oscillator.frequency.value = frequency;
      gain.gain.setValueAtTime(0.0001, start + offset);
      gain.gain.exponentialRampToValueAtTime(0.25, start + offset + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + offset + 0.5);
      oscillator.connect(gain).connect(audio.destination);
      oscillator.start(start + offset);
      oscillator.stop(start + offset + 0.55);
    }
  } catch {
    // No audio output on this device: the visual countdown still shows the end of the hold.
  }
}

export function unlockAudio(): void {
  try {
    audio ??= new AudioContext();
    void audio.resume();
  } catch {
    audio = null;
  }
}

/** Says a short phrase in the app's language; a new phrase replaces one still being spoken. */
export function say(text: string, lang: string): void {
  if (!('speechSynthesis' in window)) return;
  window.speechSynthesis.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = lang === 'es' ? 'es-ES' : 'en-GB';
  utterance.rate = 0.95;
  window.speechSynthesis.speak(utterance);
}

/** Keeps the screen on during a session where the browser allows it; returns how to let it go. */
export async function holdScreenAwake(): Promise<() => void> {
  try {
    if (!('wakeLock' in navigator)) return () => undefined;
    const sentinel = await navigator.wakeLock.request('screen');
    return () => void sentinel.release();
  } catch {
    return () => undefined;
  }
}
