import type { Activity } from 'botbuilder';

/** The tenant an activity comes from (Teams puts it in conversation.tenantId and channelData.tenant.id). */
export function tenantOf(activity: Partial<Activity>): string | undefined {
  const channelData = activity.channelData as { tenant?: { id?: string } } | undefined;
  return activity.conversation?.tenantId ?? channelData?.tenant?.id;
}

/** With an allow-list, only listed tenants are served; without one, every tenant is. */
export function isTenantAllowed(activity: Partial<Activity>, allowed: readonly string[]): boolean {
  if (allowed.length === 0) return true;
  const tenant = tenantOf(activity)?.toLowerCase();
  return tenant !== undefined && allowed.some((id) => id.toLowerCase() === tenant);
}
