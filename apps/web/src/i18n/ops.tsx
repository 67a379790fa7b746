import { lazyNamespace } from './lazy-namespace';

/** Texts of the model, pledge, alert and report screens. */
export const OPS_NS = 'ops';

const ops = lazyNamespace(OPS_NS, {
  vi: () => import('../locales/ops/vi.json'),
  en: () => import('../locales/ops/en.json'),
});

export const loadOpsTexts = ops.load;
/** Renders `children` once the `ops` texts are loaded in the current language. */
export const OpsTexts = ops.Texts;
