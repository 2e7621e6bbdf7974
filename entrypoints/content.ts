import { installAuditAgent } from '@/utils/audit-agent';

/**
 * Injected on demand by the background (`scripting.executeScript` after the person clicks the
 * toolbar button: activeTab), never declared for every page: no host permission at install.
 * Returns the agent's id to the background.
 */
export default defineContentScript({
  registration: 'runtime',
  main: () => installAuditAgent(),
});
