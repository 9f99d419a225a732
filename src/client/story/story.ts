// Used in the browser on /verhaal/: starts the scroll scenes, the chapter bar and the actions.
import { activate, sceneStates, startStepper, type StepListener } from './stepper';
import { startChapterBar } from './chapter-bar';
import { startActions } from './actions';
import { startChapterLayout } from './chapter-layout';

const reducedMotion = (): boolean =>
  window.matchMedia('(prefers-reduced-motion: reduce)').matches || window.matchMedia('print').matches;

/** Draws the scene's chart (once) and shows the step's emphasis on it. */
const showStep: StepListener = (scene, _step, state) => {
  if (state === undefined) return;
  const figure = scene.querySelector<HTMLElement>('figure[data-chart]');
  if (figure === null) return;
  void Promise.all([import('../charts/charts'), import('./emphasis')]).then(([charts, { applyEmphasis }]) => {
    const chart = charts.mountChart(figure, { animate: false });
    if (chart === undefined) return;
    const grid = getComputedStyle(figure).getPropertyValue('--chart-grid').trim() || '#d5d9e0';
    applyEmphasis(chart, state.emphasis, !reducedMotion(), grid);
    figure.dataset['emphasisStep'] = scene.dataset['activeStep'] ?? '';
  });
};

export function startStory(root: Document): void {
  startChapterLayout(root);
  startStepper(root, showStep);
  startChapterBar(root);
  startActions(root);
  // Printing shows every scene in its final state, with its data and sources.
  window.addEventListener('beforeprint', () => {
    for (const scene of root.querySelectorAll<HTMLElement>('[data-scene]'))
      activate(scene, sceneStates(scene).length - 1, showStep);
    for (const button of root.querySelectorAll<HTMLButtonElement>(
      'button[data-data-toggle][aria-expanded="false"]',
    ))
      button.click();
  });
}
