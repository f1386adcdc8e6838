/** An element id from a linkId (`vitals.readings[0].systolic` → `q-vitals-readings-0-systolic`). */
export function fieldId(linkId: string): string {
  return `q-${linkId.replace(/[^a-zA-Z0-9]+/g, '-').replace(/-$/, '')}`;
}

/** aria-describedby from the ids that exist. */
export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  const list = ids.filter((id): id is string => typeof id === 'string' && id.length > 0);
  return list.length > 0 ? list.join(' ') : undefined;
}
