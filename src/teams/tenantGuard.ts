import type { Activity } from 'botbuilder';

/**
 * Every tenant field the activity carries (Teams sets both conversation.tenantId and
 * channelData.tenant.id), as given: a field that is present but not a string is kept as it is.
 */
function tenantFields(activity: Partial<Activity>): unknown[] {
  const conversation = activity.conversation as { tenantId?: unknown } | undefined;
  const channelData = activity.channelData as { tenant?: { id?: unknown } } | undefined;
  return [conversation?.tenantId, channelData?.tenant?.id].filter((v) => v !== undefined && v !== null);
}

/** The tenant an activity names first (conversation.tenantId, else channelData.tenant.id), for logs. */
export function tenantOf(activity: Partial<Activity>): string | undefined {
  const first = tenantFields(activity)[0];
  return typeof first === 'string' ? first : undefined;
}

/**
 * With an allow-list, an activity is served only when it names a tenant and every tenant field it
 * carries is on the list: one foreign field (or one that is not a string) is enough to refuse it.
 * Without an allow-list (local use only; production always has one), every tenant is served.
 */
export function isTenantAllowed(activity: Partial<Activity>, allowed: readonly string[]): boolean {
  if (allowed.length === 0) return true;
  const fields = tenantFields(activity);
  const listed = new Set(allowed.map((id) => id.toLowerCase()));
  return (
    fields.length > 0 && fields.every((field) => typeof field === 'string' && listed.has(field.toLowerCase()))
  );
}
