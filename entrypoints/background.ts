import { registerAuditService } from '@/utils/audit-service';

// Wiring only (style.md §7): the audit flow lives in utils/audit-service.ts.
export default defineBackground(() => {
  registerAuditService();
});
