/**
 * The extension's own config, built into `.output/bench/` so that the bench's `wxt zip` never
 * overwrites the `.output/` a colleague's Playwright run is loading (issue #7 §2 bundle sizes).
 */
import base from '../wxt.config';

export default { ...base, outDir: '.output/bench' };
