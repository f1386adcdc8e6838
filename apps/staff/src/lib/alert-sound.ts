// A short two-note tone for urgent flags, made with WebAudio (no audio file to load). Browsers
// block sound until someone interacts with the page, so staff switch it on once per browser.
const STORAGE_KEY = 'preflight.staff.sound';

let context: AudioContext | null = null;

const listeners = new Set<() => void>();
/** For useSyncExternalStore: every toggle on this page updates every control showing it. */
export function subscribeSound(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
const notify = () => {
  for (const listener of listeners) listener();
};

export function soundEnabled(): boolean {
  try {
    return window.localStorage.getItem(STORAGE_KEY) === 'on';
  } catch {
    return false;
  }
}

function audioContext(): AudioContext | null {
  if (context) return context;
  const Ctor = window.AudioContext;
  if (!Ctor) return null;
  context = new Ctor();
  return context;
}

/** Called from a click: creates and resumes the audio context inside the user's gesture. */
export async function enableSound(): Promise<boolean> {
  const ctx = audioContext();
  if (!ctx) return false;
  await ctx.resume().catch(() => undefined);
  try {
    window.localStorage.setItem(STORAGE_KEY, 'on');
  } catch {
    // private mode: sound stays on for this page only
  }
  notify();
  playTone();
  return true;
}

export function disableSound(): void {
  try {
    window.localStorage.removeItem(STORAGE_KEY);
  } catch {
    // nothing stored
  }
  notify();
}

export function playTone(): boolean {
  const ctx = audioContext();
  if (!ctx) return false;
  if (ctx.state === 'suspended') void ctx.resume().catch(() => undefined);
  const start = ctx.currentTime + 0.01;
  for (const [offset, frequency] of [
    [0, 880],
    [0.22, 660],
  ] as const) {
    const oscillator = ctx.createOscillator();
    const gain = ctx.createGain();
    oscillator.type = 'sine';
    oscillator.frequency.value = frequency;
    gain.gain.setValueAtTime(0.0001, start + offset);
    gain.gain.exponentialRampToValueAtTime(0.3, start + offset + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + offset + 0.2);
    oscillator.connect(gain).connect(ctx.destination);
    oscillator.start(start + offset);
    oscillator.stop(start + offset + 0.21);
  }
  return true;
}

/**
 * After a reload the preference survives but the browser wants a new gesture before sound: the
 * first click or key press on the page wakes the audio up again.
 */
export function wakeSoundOnFirstGesture(): () => void {
  const wake = () => {
    if (!soundEnabled()) return;
    const ctx = audioContext();
    if (ctx?.state === 'suspended') void ctx.resume().catch(() => undefined);
  };
  window.addEventListener('pointerdown', wake, { once: true, capture: true });
  window.addEventListener('keydown', wake, { once: true, capture: true });
  return () => {
    window.removeEventListener('pointerdown', wake, { capture: true });
    window.removeEventListener('keydown', wake, { capture: true });
  };
}
