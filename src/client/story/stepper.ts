// Used in the browser: the scroll stepper. One IntersectionObserver per scene watches its
// steps (`data-step`) cross a line on the screen and sets the scene's `data-active-step`; CSS
// and the chart react to it. No scroll handlers, no animation library (Scrollama's model).
import type { SceneEmphasis } from '../../lib/story/scene-state';

export interface SceneState {
  emphasis: SceneEmphasis;
  words: string;
}

/** Called when a scene's active step changes (the chart follows it). */
export type StepListener = (scene: HTMLElement, step: number, state: SceneState | undefined) => void;

/** The states the build wrote into the scene (`script[data-scene-states]`). */
export function sceneStates(scene: HTMLElement): SceneState[] {
  const json = scene.querySelector('script[data-scene-states]')?.textContent ?? '[]';
  return JSON.parse(json) as SceneState[];
}

/** Makes `step` the active step of `scene`: attribute, live region, listener. */
export function activate(scene: HTMLElement, step: number, onStep: StepListener): void {
  if (scene.dataset['activeStep'] === String(step) && scene.dataset['stepped'] !== undefined) return;
  scene.dataset['stepped'] = '';
  scene.dataset['activeStep'] = String(step);
  const state = sceneStates(scene)[step];
  const status = scene.querySelector<HTMLElement>('[data-scene-status]');
  if (status !== null && state !== undefined) status.textContent = `Stap ${step + 1}: ${state.words}`;
  onStep(scene, step, state);
}

/** Watches a scene's steps cross its line; measured when the scene comes near, not before. */
function watchSteps(scene: HTMLElement, phone: boolean, onStep: StepListener): void {
  // The line a step must cross: on a phone a third of the way down the room the sticky chart
  // leaves (it holds the top of the screen), beside it mid-screen.
  const graphic = scene.querySelector<HTMLElement>('.scene__graphic');
  const height = window.innerHeight;
  const chartBottom = graphic === null ? 0 : parseFloat(getComputedStyle(graphic).top) + graphic.offsetHeight;
  const line = Math.round(phone ? chartBottom + (height - chartBottom) * 0.35 : height * 0.5);
  const rootMargin = `-${line}px 0px -${Math.max(0, height - line - 2)}px 0px`;
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting || !(entry.target instanceof HTMLElement)) continue;
        activate(scene, Number(entry.target.dataset['step'] ?? '0'), onStep);
      }
    },
    { rootMargin },
  );
  for (const step of scene.querySelectorAll<HTMLElement>('[data-step]')) observer.observe(step);
  // The chart is drawn in its first state before a step reaches the line: a reader who lands
  // between two steps (a jump, a link) sees it drawn, not blank. Nothing is announced yet.
  if (scene.dataset['stepped'] === undefined) onStep(scene, 0, sceneStates(scene)[0]);
}

/** Starts the stepper on every `[data-scene]` under root. */
export function startStepper(root: ParentNode, onStep: StepListener): void {
  const phone = window.matchMedia('(max-width: 63.99rem)').matches;
  const scenes = [...root.querySelectorAll<HTMLElement>('[data-scene]')];
  // A scene's steps are measured and watched once it comes within a screen of the viewport: no
  // layout is forced per scene while the page loads.
  const near = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting || !(entry.target instanceof HTMLElement)) continue;
        near.unobserve(entry.target);
        watchSteps(entry.target, phone, onStep);
      }
    },
    { rootMargin: '100% 0px 100% 0px' },
  );
  for (const scene of scenes) {
    scene.dataset['stepper'] = 'on';
    near.observe(scene);
    // Keyboard: a focused step is the active one.
    for (const step of scene.querySelectorAll<HTMLElement>('[data-step]'))
      step.addEventListener('focus', () => activate(scene, Number(step.dataset['step'] ?? '0'), onStep));
  }
}
